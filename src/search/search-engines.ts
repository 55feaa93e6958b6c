import type { DataSource } from "typeorm";
import { dialectOf, type SearchDialect } from "./search-dialect";
import type { SearchEngine } from "./search-engine";
import { postgresSearchEngine } from "./postgres-search.engine";
import { sqliteSearchEngine } from "./sqlite-search.engine";

/** The engine for each dialect: FTS5 on SQLite, tsvector with a GIN index on PostgreSQL. */
const ENGINES: Record<SearchDialect, SearchEngine | undefined> = {
  sqlite: sqliteSearchEngine,
  postgres: postgresSearchEngine,
};

export function searchEngineFor(ds: DataSource): SearchEngine {
  const dialect = dialectOf(ds);
  const engine = ENGINES[dialect];
  // An operator problem (a dialect without an engine), not bad input: it surfaces as an internal error.
  if (!engine) throw new Error(`full-text search is not implemented for ${dialect} yet`);
  return engine;
}
