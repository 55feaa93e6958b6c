import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import type { DatabaseConfig } from "../config";
import { ENTITIES } from "../../entities";
import { SnakeNamingStrategy } from "./snake-naming.strategy";
import { StatementCountingLogger, trackStatement } from "./statement-counter";
import { SQLITE_MIGRATIONS } from "../../migrations/sqlite";
import { POSTGRES_MIGRATIONS } from "../../migrations/postgres";

export interface DataSourceOptionsExtra {
  /** A PostgreSQL schema to work in (tests isolate themselves this way). */
  schema?: string;
}

/** Builds (but does not open) the DataSource for the configured database. */
export function createDataSource(db: DatabaseConfig, extra: DataSourceOptionsExtra = {}): DataSource {
  return trackStatements(buildDataSource(db, extra));
}

/**
 * Every statement goes through a query runner's `query`; wrapping it tells the request when its
 * statements are answered, which is when its DataLoaders dispatch the next batch.
 */
function trackStatements(ds: DataSource): DataSource {
  const driver = ds.driver;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner);
    runner.query = ((...args: Parameters<typeof query>) => trackStatement(() => query(...args))) as typeof runner.query;
    return runner;
  };
  return ds;
}

function buildDataSource(db: DatabaseConfig, extra: DataSourceOptionsExtra): DataSource {
  const common = {
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new StatementCountingLogger(),
    logging: ["query" as const],
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
      // WAL lets readers run while the seed loader writes; foreign keys are off by default in SQLite.
      prepareDatabase: (conn: { pragma(s: string): unknown }) => {
        conn.pragma("journal_mode = WAL");
        conn.pragma("foreign_keys = ON");
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
      options: extra.schema ? `-c search_path=${extra.schema}` : undefined,
    },
  });
}
