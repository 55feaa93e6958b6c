import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import { databaseFaultDefaults, type DatabaseConfig } from "../config";
import { ENTITIES } from "../../entities";
import { SnakeNamingStrategy } from "./snake-naming.strategy";
import { boundedPgClient } from "./bounded-pg.client";
import { SQLITE_MIGRATIONS } from "../../migrations/sqlite";
import { POSTGRES_MIGRATIONS } from "../../migrations/postgres";

export interface DataSourceOptionsExtra {
  /** A PostgreSQL schema to work in (tests isolate themselves this way). */
  schema?: string;
}

/**
 * Builds (but does not open) the DataSource for the configured database. Requests do not use it
 * directly: each gets a view that counts its statements (request-data-source.ts).
 */
export function createDataSource(db: DatabaseConfig, extra: DataSourceOptionsExtra = {}): DataSource {
  return buildDataSource(db, extra);
}

function buildDataSource(db: DatabaseConfig, extra: DataSourceOptionsExtra): DataSource {
  // Configs built by hand (tests, scripts) may leave these out; loadConfig always fills them.
  const defaults = databaseFaultDefaults(db.type);
  const connectTimeoutMs = db.connectTimeoutMs ?? defaults.connectTimeoutMs;
  const acquireTimeoutMs = db.acquireTimeoutMs ?? defaults.acquireTimeoutMs;
  const queryTimeoutMs = db.queryTimeoutMs ?? defaults.queryTimeoutMs;
  const common = {
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false, // statements are counted per request by request-data-source.ts
    synchronize: false, // the schema only ever changes through migrations/
    migrationsRun: false,
    migrationsTableName: "migrations",
  };
  if (db.type === "sqlite") {
    if (db.path !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(db.path)), { recursive: true });
    return new DataSource({
      ...common,
      type: "better-sqlite3",
      database: db.path,
      migrations: SQLITE_MIGRATIONS,
      // The busy timeout: how long a statement waits for a lock another process holds. better-sqlite3
      // waits synchronously, blocking the event loop, hence the short default (config.ts). In WAL
      // mode readers never wait for writers, so only writes (migrations, seeding) and opening a
      // file another process holds in exclusive locking mode can meet it.
      timeout: acquireTimeoutMs,
      // WAL lets readers run while the seed loader writes; foreign keys are off by default in SQLite.
      // A failed open (locked file) closes its handle, so start-up retries do not leak file handles.
      prepareDatabase: (conn: { pragma(s: string): unknown; close(): unknown }) => {
        try {
          conn.pragma("journal_mode = WAL");
          conn.pragma("foreign_keys = ON");
        } catch (error) {
          conn.close();
          throw error;
        }
      },
    });
  }
  return new DataSource({
    ...common,
    type: "postgres",
    // With replicas, TypeORM sends SELECTs outside transactions to them (round robin) and
    // everything else (seeding, migrations, transactions) to the primary.
    ...(db.replicaUrls ? { replication: { master: { url: db.url }, slaves: db.replicaUrls.map((url) => ({ url })), defaultMode: "slave" as const } } : { url: db.url }),
    schema: extra.schema,
    migrations: POSTGRES_MIGRATIONS,
    poolSize: db.poolSize,
    extra: {
      max: db.poolSize,
      statement_timeout: db.statementTimeoutMs,
      // JIT off: the read guard (src/visibility/) makes some statements wide enough for the
      // planner's cost estimate to pass the JIT threshold, and compiling them took seconds where
      // running them takes milliseconds. The hub's statements are short; JIT never pays here.
      options: ["-c jit=off", extra.schema ? `-c search_path=${extra.schema}` : ""].filter(Boolean).join(" "),
      // pg-pool bounds the whole wait for a connection with this (a free one, a queue slot, or a
      // new one being opened); each new connection is bounded by connectTimeoutMs in the client.
      connectionTimeoutMillis: acquireTimeoutMs,
      Client: boundedPgClient(connectTimeoutMs),
      // Client-side bound on every statement: a server that accepts bytes but never answers
      // (frozen, or a network that black-holes) fails the statement instead of hanging it.
      query_timeout: queryTimeoutMs || undefined,
    },
  });
}
