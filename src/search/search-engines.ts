import type { DataSource } from "typeorm";
import { dialectOf, type SearchDialect } from "./search-dialect";
import type { SearchEngine } from "./search-engine";
import { sqliteSearchEngine } from "./sqlite-search.engine";

/**
 * The engine for each dialect. PostgreSQL is still to come: a `postgresSearchEngine` in
 * `src/search/postgres-search.engine.ts` (a generated tsvector column on search_entry with
 * setweight(title,'A') || setweight(body,'B'), a GIN index, to_tsquery with `:*` on the last term,
 * ts_rank_cd for the score and ts_headline with StartSel/StopSel = SNIPPET_OPEN/SNIPPET_CLOSE),
 * plus its migration under migrations/postgres; then register it here.
 */
const ENGINES: Record<SearchDialect, SearchEngine | undefined> = {
  sqlite: sqliteSearchEngine,
  postgres: undefined,
};

export function searchEngineFor(ds: DataSource): SearchEngine {
  const dialect = dialectOf(ds);
  const engine = ENGINES[dialect];
  // An operator problem (a dialect without an engine), not bad input: it surfaces as an internal error.
  if (!engine) throw new Error(`full-text search is not implemented for ${dialect} yet`);
  return engine;
}
