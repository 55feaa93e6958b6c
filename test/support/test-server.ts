import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { loadConfig, type DatabaseConfig } from "../../src/config";
import { createDataSource } from "../../src/db/data-source";
import { createHubServer, type HubServer } from "../../src/server";
import { prepareDatabase } from "../../src/db/prepare-database";
import { testDatabases } from "./test-databases";
import { seededSqliteCopy } from "./sqlite-template";

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: { sql?: { statements: number } };
  /** SQL statements the request ran (from the server's own counter). */
  statements: number;
}

export interface TestHub {
  url: string;
  ds: DataSource;
  server: HubServer;
  loggedErrors: unknown[];
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/**
 * A real hub for a test file: its own database (a temporary SQLite file, or a fresh PostgreSQL
 * schema when TEST_DATABASE_URL is set), migrated and seeded exactly as `npm start` does, served
 * over HTTP on a free port.
 */
export async function startTestHub(options: { database?: DatabaseConfig; seed?: boolean; pgSchema?: string } = {}): Promise<TestHub> {
  const seed = options.seed ?? true;
  const database =
    options.database ??
    { type: "sqlite" as const, path: seed ? await seededSqliteCopy() : path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hub-")), "test.sqlite") };
  const config = { ...loadConfig({}), database, exposeSqlStats: true };
  const ds = createDataSource(database, { schema: options.pgSchema });
  await ds.initialize();
  await prepareDatabase(ds, { migrate: true, seed });
  const loggedErrors: unknown[] = [];
  const server = await createHubServer(ds, config, (entry) => loggedErrors.push(entry));
  const port = await server.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    ds,
    server,
    loggedErrors,
    async gql(query, variables) {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as Omit<GqlResult, "status" | "statements">;
      return { ...body, status: res.status, statements: body.extensions?.sql?.statements ?? -1 };
    },
    async close() {
      await server.stop();
      await ds.destroy();
    },
  };
}

export { testDatabases };
