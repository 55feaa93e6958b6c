import type { SqlRunner } from "./search-dialect";

/** Which field of an entry matched: its title, or only its body. */
export type MatchedField = "title" | "body";

/** A search as the engines see it: already validated, tokenised and bounded by `search.query.ts`. */
export interface SearchRequest {
  /** Word tokens (letters, digits, combining marks), at least one; the last one is matched as a prefix. */
  terms: string[];
  /** GraphQL type names (`search_entry.subject_type`) to keep; null for all. */
  subjectTypes: string[] | null;
  offset: number;
  limit: number;
  /** Also count every match, in the same statement (set when the client selected totalCount). */
  withTotal: boolean;
}

/** One hit, before the GraphQL layer resolves its node. */
export interface SearchRow {
  subjectType: string;
  subjectId: number;
  /** Higher is better; comparable only within one query. */
  score: number;
  /** Plain text with matches wrapped in SNIPPET_OPEN / SNIPPET_CLOSE; see `snippet.html.ts`. */
  rawSnippet: string;
  matchedField: MatchedField;
}

export interface SearchResult {
  rows: SearchRow[];
  /** True when more hits follow this page. */
  hasMore: boolean;
  /** Every match across pages when asked for (`withTotal`) and the page was not empty; null otherwise. */
  total: number | null;
}

/**
 * A full-text engine for one database dialect. Each engine ranks with its database's own scoring
 * (FTS5 bm25 on SQLite, ts_rank_cd on PostgreSQL), weighs titles above bodies, and marks matches
 * in its snippet with the private-use sentinels below, never with HTML (database text is escaped
 * afterwards, so only our <mark> tags become markup).
 */
export interface SearchEngine {
  /** One ranked statement: the page of hits, best first, ties broken by entry id. */
  search(runner: SqlRunner, request: SearchRequest): Promise<SearchResult>;
  /** How many entries match in all: only run when the page statement could not tell (e.g. an empty page). */
  count(runner: SqlRunner, request: Pick<SearchRequest, "terms" | "subjectTypes">): Promise<number>;
}

/** Unicode private-use characters: they cannot collide with markup and do not occur in the seed text. */
export const SNIPPET_OPEN = "\uE000";
export const SNIPPET_CLOSE = "\uE001";

/** A page row as either engine's statement returns it (drivers differ in how they type numbers). */
export interface RawSearchRow {
  subjectType: string;
  subjectId: number | string;
  score: number | string;
  snippet: string | null;
  titleMatched: number | boolean;
  total: number | string | null;
}

/** Turns a statement's `limit + 1` rows into a page: the extra row only says that more follow. */
export function toSearchResult(raw: RawSearchRow[], limit: number): SearchResult {
  const rows: SearchRow[] = raw.slice(0, limit).map((r) => ({
    subjectType: r.subjectType,
    subjectId: Number(r.subjectId),
    score: Number(r.score),
    rawSnippet: r.snippet ?? "",
    matchedField: r.titleMatched ? "title" : "body",
  }));
  return { rows, hasMore: raw.length > limit, total: raw.length > 0 && raw[0].total != null ? Number(raw[0].total) : null };
}
