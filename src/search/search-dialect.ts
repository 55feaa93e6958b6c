import type { DataSource, EntityManager } from "typeorm";

/** The two database families the hub runs on; search SQL differs between them. */
export type SearchDialect = "sqlite" | "postgres";

/** Where SQL can run: the data source, or the entity manager of a caller's transaction. */
export type SqlRunner = DataSource | EntityManager;

export function dialectOf(runner: SqlRunner): SearchDialect {
  const type = ("manager" in runner ? runner : runner.dataSource).options.type;
  if (type === "better-sqlite3") return "sqlite";
  if (type === "postgres") return "postgres";
  throw new Error(`search does not support the database type ${type}`);
}
