import type { SqlRunner } from "./search-dialect";
import { toSearchResult, type RawSearchRow, type SearchEngine, type SearchRequest, type SearchResult } from "./search-engine";

/**
 * The FTS5 MATCH expression for the terms: each token a quoted string (tokens hold only letters,
 * digits and marks, so they can contain no quote and no FTS operator), the last one a prefix
 * (`"ljublj"*`, for search-as-you-type), all of them required (FTS5 ANDs juxtaposed phrases).
 */
export function fts5Match(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 ? `"${t}"*` : `"${t}"`)).join(" ");
}

/** Title weight 10, body weight 1 (the FTS columns are declared title, body in the migration). */
const RANK = "bm25(search_fts, 10.0, 1.0)";

function typeFilter(subjectTypes: string[] | null): { sql: string; params: string[] } {
  if (!subjectTypes) return { sql: "", params: [] };
  return { sql: ` AND e.subject_type IN (${subjectTypes.map(() => "?").join(", ")})`, params: subjectTypes };
}

/** SQLite: FTS5 over `search_entry` (migrations/sqlite/1795440300000-SearchIndex.ts). */
export const sqliteSearchEngine: SearchEngine = {
  async search(runner: SqlRunner, req: SearchRequest): Promise<SearchResult> {
    const match = fts5Match(req.terms);
    const types = typeFilter(req.subjectTypes);
    // FTS5's auxiliary functions cannot run under a window function, so the total is a scalar
    // sub-query (evaluated once), included only when the client asked for totalCount.
    const total = req.withTotal
      ? `(SELECT COUNT(*) FROM search_fts JOIN search_entry e ON e.id = search_fts.rowid WHERE search_fts MATCH ?${types.sql})`
      : "NULL";
    // bm25 is "lower is better" and negative; the public score is its negation, so higher is better.
    // char(57344)/char(57345) are SNIPPET_OPEN/SNIPPET_CLOSE (U+E000/U+E001). highlight() on
    // column 0 tells whether the title itself matched. One row more than the page tells whether
    // another page follows.
    const raw = (await runner.query(
      `SELECT e.subject_type AS subjectType, e.subject_id AS subjectId,
              -${RANK} AS score,
              snippet(search_fts, -1, char(57344), char(57345), '…', 12) AS snippet,
              instr(highlight(search_fts, 0, char(57344), char(57345)), char(57344)) > 0 AS titleMatched,
              ${total} AS total
         FROM search_fts JOIN search_entry e ON e.id = search_fts.rowid
        WHERE search_fts MATCH ?${types.sql}
        ORDER BY ${RANK}, e.id
        LIMIT ? OFFSET ?`,
      [...(req.withTotal ? [match, ...types.params] : []), match, ...types.params, req.limit + 1, req.offset],
    )) as RawSearchRow[];
    return toSearchResult(raw, req.limit);
  },

  async count(runner, req) {
    const types = typeFilter(req.subjectTypes);
    const [{ n }] = (await runner.query(
      `SELECT COUNT(*) AS n FROM search_fts JOIN search_entry e ON e.id = search_fts.rowid WHERE search_fts MATCH ?${types.sql}`,
      [fts5Match(req.terms), ...types.params],
    )) as { n: number }[];
    return Number(n);
  },
};
