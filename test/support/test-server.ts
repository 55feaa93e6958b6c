import "reflect-metadata";
import type { DataSource } from "typeorm";
import { loadConfig, type Config } from "../../src/config";
import { createDataSource } from "../../src/db/data-source";
import { createHubServer, type HubServer } from "../../src/server";
import type { DestinationStream } from "../../src/observability/logger";
import { prepareDatabase } from "../../src/db/prepare-database";
import { testDatabase, type TestDatabase } from "./database-template";

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
  database: TestDatabase;
  loggedErrors: unknown[];
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/**
 * A real hub for a test file: its own database (SQLite file, or PostgreSQL database when the run
 * targets PostgreSQL), migrated and seeded as `npm start` does, served over HTTP on a free port.
 * Pass `database` to share one database between several hubs (several hub processes).
 */
export async function startTestHub(
  options: { seed?: boolean; migrate?: boolean; database?: TestDatabase; config?: Partial<Config>; logDestination?: DestinationStream } = {},
): Promise<TestHub> {
  const seed = options.seed ?? true;
  const database = options.database ?? (await testDatabase({ seeded: seed }));
  // Silent unless a test asks for a log level (and passes a logDestination to read the lines).
  // A test file sends many requests from one address: its budget is lifted unless the test sets one.
  const rateLimit = { enabled: true, points: 1_000_000_000, windowSeconds: 60 };
  const config: Config = { ...loadConfig({}), database: database.config, exposeSqlStats: true, logLevel: "silent", rateLimit, ...options.config };
  const ds = createDataSource(database.config);
  await ds.initialize();
  await prepareDatabase(ds, { migrate: options.migrate ?? true, seed });
  const loggedErrors: unknown[] = [];
  const server = await createHubServer(ds, config, { onInternalError: (entry) => loggedErrors.push(entry), logDestination: options.logDestination });
  const port = await server.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    ds,
    server,
    database,
    loggedErrors,
    async gql(query, variables) {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as Omit<GqlResult, "status" | "statements">;
      return { ...body, status: res.status, statements: body.extensions?.sql?.statements ?? -1 };
    },
    async close() {
      await server.stop();
      await ds.destroy();
      if (!options.database) await database.drop();
    },
  };
}
