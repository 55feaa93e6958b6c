import path from "node:path";
import { federationFrom, type FederationConfig } from "./federation/federation.config";
import { landingPageFrom, type LandingPage } from "./landing/landing.config";

/** Where the data lives: the embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig =
  | ({ type: "sqlite"; path: string } & DatabaseFaultConfig)
  | ({ type: "postgres"; url: string; poolSize: number; statementTimeoutMs: number; replicaUrls?: string[] } & DatabaseFaultConfig);

/** How long the hub waits on a database that does not answer (see README, "Database faults"). */
export interface DatabaseFaultConfig {
  /** Opening a new connection (PostgreSQL). */
  connectTimeoutMs?: number;
  /** Waiting for a pooled connection (PostgreSQL) or for a lock held by another process (SQLite busy timeout). */
  acquireTimeoutMs?: number;
  /** Client-side bound on one statement, so a frozen server cannot hold a request forever (PostgreSQL). */
  queryTimeoutMs?: number;
  /** At start, keep retrying an unreachable database for this long (with backoff) before giving up. */
  startupWaitMs?: number;
}

/** Limits every operation must pass before it runs (src/limits/). */
export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Cost points one operation may spend (README, "Cost"). */
  maxCost: number;
  /** Objects one answer may hold, counted from page sizes and list fan-outs before anything runs. */
  maxResultNodes: number;
  /** Whole-request deadline; 0 turns it off. */
  requestTimeoutMs: number;
  /** Largest accepted request body. */
  maxBodyBytes: number;
}

/** Cost budgets per client and window (src/limits/rate-limit). */
export interface RateLimitConfig {
  enabled: boolean;
  /** Cost points a client may spend per window; every request costs at least 1. */
  points: number;
  windowSeconds: number;
}

export interface HttpConfig {
  /** Allowed CORS origins; `*` allows every origin. */
  corsOrigins: string[] | "*";
  corsMaxAgeSeconds: number;
  /** Answers larger than this are compressed (gzip, deflate or br, as the client accepts). */
  compressionThresholdBytes: number;
  /** `Cache-Control: public, max-age=N` on GET queries of public data; 0 sends `no-store`. */
  cacheMaxAgeSeconds: number;
  /** Express `trust proxy`: take the client address from X-Forwarded-For (hops, or false). */
  trustProxy: boolean | number;
}

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
  /**
   * What GET /graphql shows browsers: Apollo Sandbox, the hub's own GraphiQL, or nothing
   * (src/landing/). `true`/`false` from older callers mean `sandbox`/`off`.
   */
  landingPage: LandingPage | boolean;
  /** Answer introspection queries. */
  introspection: boolean;
  /** "Did you mean …?" suggestions in validation errors. */
  fieldSuggestions: boolean;
  /** Kept for callers that predate `http`; same value as `http.corsOrigins`. */
  corsOrigins: string[] | "*";
  http: HttpConfig;
  limits: LimitsConfig;
  rateLimit: RateLimitConfig;
  /** Redis for rate-limit budgets and the APQ cache shared across processes; unset keeps both in memory. */
  redisUrl?: string;
  /** Prefix of every Redis key the hub writes, so deployments (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Serve Prometheus metrics on GET /metrics. */
  metrics: boolean;
  /** Partner subgraphs composed into one supergraph (gateway mode); none by default. */
  federation: FederationConfig;
  /** What runs operations outside gateway mode: graphql-jit's compiled queries (default), or graphql-js (src/execution/). */
  executor: Executor;
  /** Longest lifetime, in days, of a partner API key (src/auth/); keys default to 90 days or this, if shorter. */
  apiKeyMaxDays: number;
}

export const EXECUTORS = ["jit", "graphql-js"] as const;
export type Executor = (typeof EXECUTORS)[number];

export const DEFAULT_SQLITE_PATH = path.join("data", "partner-graph.sqlite");

/** Parses DATABASE_URL: unset is the embedded file, `sqlite:<path>` another file, `postgres://…` a server. */
export function parseDatabaseUrl(url: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (!url) return { type: "sqlite", path: DEFAULT_SQLITE_PATH, ...databaseFaultsFrom(env, "sqlite") };
  if (url.startsWith("sqlite:")) {
    const file = url.slice("sqlite:".length).replace(/^\/\//, "");
    if (!file) throw new Error("DATABASE_URL: `sqlite:` needs a file path, e.g. sqlite:./data/hub.sqlite or sqlite::memory:");
    return { type: "sqlite", path: file, ...databaseFaultsFrom(env, "sqlite") };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return {
      type: "postgres",
      url,
      poolSize: intFrom(env.DATABASE_POOL_SIZE, 10, "DATABASE_POOL_SIZE"),
      statementTimeoutMs: intFrom(env.DATABASE_STATEMENT_TIMEOUT_MS, 15_000, "DATABASE_STATEMENT_TIMEOUT_MS"),
      replicaUrls: replicasFrom(env.DATABASE_REPLICA_URLS),
      ...databaseFaultsFrom(env, "postgres"),
    };
  }
  throw new Error("DATABASE_URL must start with sqlite: or postgres:// (got an unknown scheme)");
}

/**
 * Defaults per database. SQLite's acquire timeout is its busy timeout, and better-sqlite3 waits
 * for a lock synchronously: the whole process (every request, /health) stalls while it waits, so
 * it is kept short. PostgreSQL's query timeout stays above the default statement_timeout (15 s),
 * so a slow statement is cancelled cleanly by the server and only a silent server hits it.
 */
export function databaseFaultDefaults(type: DatabaseConfig["type"]): Required<DatabaseFaultConfig> {
  return { connectTimeoutMs: 5_000, acquireTimeoutMs: type === "sqlite" ? 1_000 : 5_000, queryTimeoutMs: 20_000, startupWaitMs: 60_000 };
}

function databaseFaultsFrom(env: NodeJS.ProcessEnv, type: DatabaseConfig["type"]): Required<DatabaseFaultConfig> {
  const d = databaseFaultDefaults(type);
  return {
    connectTimeoutMs: intFrom(env.DATABASE_CONNECT_TIMEOUT_MS, d.connectTimeoutMs, "DATABASE_CONNECT_TIMEOUT_MS"),
    acquireTimeoutMs: intFrom(env.DATABASE_ACQUIRE_TIMEOUT_MS, d.acquireTimeoutMs, "DATABASE_ACQUIRE_TIMEOUT_MS"),
    queryTimeoutMs: intFrom(env.DATABASE_QUERY_TIMEOUT_MS, d.queryTimeoutMs, "DATABASE_QUERY_TIMEOUT_MS"),
    startupWaitMs: intFrom(env.DATABASE_STARTUP_WAIT_MS, d.startupWaitMs, "DATABASE_STARTUP_WAIT_MS"),
  };
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

function executorFrom(value: string | undefined): Executor {
  if (value === undefined || value === "") return "jit";
  if ((EXECUTORS as readonly string[]).includes(value)) return value as Executor;
  throw new Error(`EXECUTOR must be one of ${EXECUTORS.join(", ")} (got ${JSON.stringify(value)})`);
}

function trustProxyFrom(value: string | undefined): boolean | number {
  if (value === undefined || value === "" || value === "false") return false;
  if (value === "true") return true;
  return intFrom(value, 0, "TRUST_PROXY");
}

/** Reads the environment once, at start-up. NODE_ENV=production changes only the defaults marked so in the README. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = readConfig(env);
  // An operation the cost limit allows must fit in one window's budget, or it could never run.
  if (config.rateLimit.enabled && config.rateLimit.points < config.limits.maxCost) {
    throw new Error(`RATE_LIMIT_POINTS (${config.rateLimit.points}) must be at least MAX_COST (${config.limits.maxCost})`);
  }
  return config;
}

function readConfig(env: NodeJS.ProcessEnv): Config {
  const production = env.NODE_ENV === "production";
  const cors = env.CORS_ORIGINS?.trim();
  const corsOrigins = !cors || cors === "*" ? "*" : cors.split(",").map((s) => s.trim());
  return {
    port: intFrom(env.PORT, 4000, "PORT"),
    host: env.HOST || "0.0.0.0",
    database: parseDatabaseUrl(env.DATABASE_URL, env),
    migrateOnStart: boolFrom(env.MIGRATE_ON_START, true),
    seedOnStart: boolFrom(env.SEED_ON_START, true),
    exposeSqlStats: boolFrom(env.EXPOSE_SQL_STATS, false),
    landingPage: landingPageFrom(env.LANDING_PAGE),
    introspection: boolFrom(env.INTROSPECTION, true),
    fieldSuggestions: boolFrom(env.FIELD_SUGGESTIONS, !production),
    corsOrigins,
    http: {
      corsOrigins,
      corsMaxAgeSeconds: intFrom(env.CORS_MAX_AGE_SECONDS, 600, "CORS_MAX_AGE_SECONDS"),
      compressionThresholdBytes: intFrom(env.COMPRESSION_THRESHOLD_BYTES, 1024, "COMPRESSION_THRESHOLD_BYTES"),
      cacheMaxAgeSeconds: intFrom(env.CACHE_MAX_AGE_SECONDS, 60, "CACHE_MAX_AGE_SECONDS"),
      trustProxy: trustProxyFrom(env.TRUST_PROXY),
    },
    limits: {
      maxDepth: intFrom(env.MAX_DEPTH, 16, "MAX_DEPTH"),
      maxAliases: intFrom(env.MAX_ALIASES, 30, "MAX_ALIASES"),
      maxTokens: intFrom(env.MAX_TOKENS, 5_000, "MAX_TOKENS"),
      maxDirectives: intFrom(env.MAX_DIRECTIVES, 50, "MAX_DIRECTIVES"),
      maxCost: intFrom(env.MAX_COST, 10_000, "MAX_COST"),
      maxResultNodes: intFrom(env.MAX_RESULT_NODES, 100_000, "MAX_RESULT_NODES"),
      requestTimeoutMs: intFrom(env.REQUEST_TIMEOUT_MS, 30_000, "REQUEST_TIMEOUT_MS"),
      maxBodyBytes: intFrom(env.MAX_BODY_BYTES, 1_048_576, "MAX_BODY_BYTES"),
    },
    rateLimit: {
      enabled: boolFrom(env.RATE_LIMIT, true),
      points: intFrom(env.RATE_LIMIT_POINTS, 20_000, "RATE_LIMIT_POINTS"),
      windowSeconds: intFrom(env.RATE_LIMIT_WINDOW_SECONDS, 60, "RATE_LIMIT_WINDOW_SECONDS"),
    },
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || "hub:",
    logLevel: env.LOG_LEVEL || "info",
    metrics: boolFrom(env.METRICS, true),
    federation: federationFrom(env, intFrom),
    executor: executorFrom(env.EXECUTOR),
    apiKeyMaxDays: Math.max(1, intFrom(env.API_KEY_MAX_DAYS, 365, "API_KEY_MAX_DAYS")),
  };
}
