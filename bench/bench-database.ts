import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { DatabaseConfig } from "../src/config";

/** A throwaway database: a temporary SQLite file, or a new database on BENCH_DATABASE_URL's server. */
export async function benchDatabase(): Promise<{ database: DatabaseConfig; label: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-bench-"));
    return {
      database: { type: "sqlite", path: path.join(dir, "bench.sqlite") },
      label: "SQLite (better-sqlite3), temporary file",
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `hub_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const version = await (async () => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client.query("SHOW server_version");
    await client.end();
    return rows[0].server_version;
  })();
  return {
    database: { type: "postgres", url: url.toString(), poolSize: 10, statementTimeoutMs: 60_000 },
    label: `PostgreSQL ${version} on 127.0.0.1 (pg driver, pool of 10), throwaway database`,
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
