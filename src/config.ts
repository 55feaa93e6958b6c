import path from "node:path";

/** Where the data lives: the embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig =
  | { type: "sqlite"; path: string }
  | { type: "postgres"; url: string; poolSize: number; statementTimeoutMs: number; replicaUrls?: string[] };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Apply pending migrations when the server starts. */
  migrateOnStart: boolean;
  /** Load the seed data when the server starts on an empty database. */
  seedOnStart: boolean;
  /** Add `extensions.sql` (statement count) to every response; meant for tests and benchmarks. */
  exposeSqlStats: boolean;
  /** Serve the Apollo Sandbox landing page on GET /graphql. */
  landingPage: boolean;
  /** Allowed CORS origins; `*` allows every origin. */
  corsOrigins: string[] | "*";
}

export const DEFAULT_SQLITE_PATH = path.join("data", "partner-graph.sqlite");

/** Parses DATABASE_URL: unset is the embedded file, `sqlite:<path>` another file, `postgres://…` a server. */
export function parseDatabaseUrl(url: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (!url) return { type: "sqlite", path: DEFAULT_SQLITE_PATH };
  if (url.startsWith("sqlite:")) {
    const file = url.slice("sqlite:".length).replace(/^\/\//, "");
    if (!file) throw new Error("DATABASE_URL: `sqlite:` needs a file path, e.g. sqlite:./data/hub.sqlite or sqlite::memory:");
    return { type: "sqlite", path: file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return {
      type: "postgres",
      url,
      poolSize: intFrom(env.DATABASE_POOL_SIZE, 10, "DATABASE_POOL_SIZE"),
      statementTimeoutMs: intFrom(env.DATABASE_STATEMENT_TIMEOUT_MS, 15_000, "DATABASE_STATEMENT_TIMEOUT_MS"),
      replicaUrls: replicasFrom(env.DATABASE_REPLICA_URLS),
    };
  }
  throw new Error("DATABASE_URL must start with sqlite: or postgres:// (got an unknown scheme)");
}

/** Read replicas: comma-separated postgres:// URLs; reads go to them, writes and migrations to DATABASE_URL. */
function replicasFrom(value: string | undefined): string[] | undefined {
  const urls = (value ?? "").split(",").map((u) => u.trim()).filter(Boolean);
  for (const url of urls) if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_REPLICA_URLS must hold postgres:// URLs");
  return urls.length ? urls : undefined;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

function boolFrom(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["false", "0", "no", "off"].includes(value.toLowerCase());
}

/** Reads the environment once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cors = env.CORS_ORIGINS?.trim();
  return {
    port: intFrom(env.PORT, 4000, "PORT"),
    host: env.HOST || "0.0.0.0",
    database: parseDatabaseUrl(env.DATABASE_URL, env),
    migrateOnStart: boolFrom(env.MIGRATE_ON_START, true),
    seedOnStart: boolFrom(env.SEED_ON_START, true),
    exposeSqlStats: boolFrom(env.EXPOSE_SQL_STATS, false),
    landingPage: boolFrom(env.LANDING_PAGE, true),
    corsOrigins: !cors || cors === "*" ? "*" : cors.split(",").map((s) => s.trim()),
  };
}
