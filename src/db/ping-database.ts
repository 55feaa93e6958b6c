import type { DataSource } from "typeorm";
import { DatabaseUnavailableError } from "./database-unavailable";

/**
 * One round trip to the database, failing with DatabaseUnavailableError after `timeoutMs` instead
 * of waiting on a frozen server. On SQLite, `SELECT 1` would not touch the file at all, so the
 * probe reads the schema table (it needs the file readable and a read lock).
 */
export async function pingDatabase(ds: DataSource, timeoutMs: number): Promise<void> {
  const probe = ds.options.type === "postgres" ? "SELECT 1" : "SELECT count(*) FROM sqlite_master";
  if (timeoutMs <= 0) return void (await ds.query(probe));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`the database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  const query = ds.query(probe);
  // The probe may settle after the deadline (a frozen server answers once it thaws): nobody waits then.
  query.catch(() => undefined);
  try {
    await Promise.race([query, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
