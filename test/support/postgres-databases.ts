import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { testDatabaseUrl } from "./test-databases";

/** The URL of database `name` on the server that TEST_DATABASE_URL points at. */
export function urlForDatabase(name: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(name: string): Promise<boolean> {
  return admin(async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
}

/** Creates a database, optionally as a copy of a template; retries while the template is busy. */
export async function createDatabase(name: string, template?: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
      return;
    } catch (error) {
      // 55006: the template is being accessed by another session (a parallel test file copying it).
      if ((error as { code?: string }).code !== "55006" || attempt > 50) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export async function renameDatabase(from: string, to: string): Promise<void> {
  await admin((c) => c.query(`ALTER DATABASE "${from}" RENAME TO "${to}"`));
}

/** Drops templates left by earlier runs with other data or code. */
export async function dropStaleTemplates(prefix: string, keep: string): Promise<void> {
  const stale = await admin(async (c) => (await c.query("SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2", [`${prefix}%`, keep])).rows);
  for (const { datname } of stale) await dropDatabase(datname).catch(() => undefined);
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

/**
 * Runs `fn` while holding a server-wide advisory lock, so parallel test workers build a template
 * once instead of racing (and leaving half-built copies behind).
 */
export async function withServerLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [key]);
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [key]).catch(() => undefined);
    await client.end();
  }
}
