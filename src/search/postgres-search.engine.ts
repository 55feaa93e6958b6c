import type { SqlRunner } from "./search-dialect";
import { toSearchResult, type RawSearchRow, type SearchEngine, type SearchRequest, type SearchResult } from "./search-engine";

/**
 * The indexed document: exactly the expression of the GIN index `search_entry_fts`
 * (migrations/postgres/1795441100000-SearchIndex.ts), so the planner can use that index.
 * `hub_fold` lower-cases and strips diacritics; the 'simple' configuration keeps every word
 * (no stemming, no stop words), like FTS5's unicode61 tokenizer on SQLite.
 */
const DOCUMENT = `(setweight(to_tsvector('simple', hub_fold(e.title)), 'A') || setweight(to_tsvector('simple', hub_fold(e.body)), 'B'))`;

/**
 * tsquery text for the terms: each token a quoted lexeme (tokens hold only letters, digits and
 * marks, so they contain no quote, backslash or tsquery operator), the last one a prefix
 * (`'ljublj':*`, for search-as-you-type), joined by `op`. It is folded by `hub_fold` in SQL, the
 * same function the index applies to the text.
 */
export function tsqueryText(terms: string[], op: "&" | "|"): string {
  return terms.map((t, i) => (i === terms.length - 1 ? `'${t}':*` : `'${t}'`)).join(` ${op} `);
}

/** The match query (every term) for the parameter at `$n`. */
const query = (n: number) => `to_tsquery('simple', hub_fold($${n}))`;

/**
 * Weights {D, C, B, A}: a title (A) lexeme counts ten times a body (B) one, as bm25(10, 1) does on
 * SQLite. Normalisation 0: ts_rank_cd ignores the document length (see the report on ranking).
 */
const RANK = `ts_rank_cd('{0.1, 0.1, 0.1, 1.0}', ${DOCUMENT}, ${query(1)})`;

/**
 * ts_headline marks what its query matches in the text it is given, and it is given the original
 * (accented) text so the snippet shows it as stored. The match query holds folded lexemes
 * ('cote'), which would not mark "Côte"; so the highlight query is built per hit from the text's
 * own lexemes whose folded form is a term (or starts with the last term): `'côte' | 'ivoire'`.
 * The lexemes are quoted for to_tsquery (quotes doubled, backslashes doubled).
 * Falls back to the match query when no lexeme qualifies (then nothing is marked).
 */
const highlightQuery = (text: string, termsParam: number) => {
  const terms = `$${termsParam}::text[]`;
  return `coalesce(
    (SELECT to_tsquery('simple', string_agg('''' || replace(replace(l.lexeme, '\\', '\\\\'), '''', '''''') || '''', ' | '))
       FROM unnest(to_tsvector('simple', ${text})) l
      WHERE hub_fold(l.lexeme) IN (SELECT hub_fold(t) FROM unnest(${terms}) t)
         OR starts_with(hub_fold(l.lexeme), hub_fold((${terms})[cardinality(${terms})]))),
    ${query(1)})`;
};

/**
 * The snippet of the hit `p`: over title and body, so a title-only hit shows its title.
 * ts_headline replaces anything that parses as an HTML tag with a space; "<" becomes U+0001 (a
 * separator for the parser) for the headline and "<" again after it, so the text comes back as
 * stored and snippet.html.ts escapes it. StartSel/StopSel are SNIPPET_OPEN/SNIPPET_CLOSE (U+E000/U+E001).
 */
const SNIPPET_TEXT = `replace(replace(concat_ws(' · ', p.title, NULLIF(p.body, '')), chr(1), ''), '<', chr(1))`;
const snippet = (termsParam: number) => `replace(ts_headline('simple', ${SNIPPET_TEXT}, ${highlightQuery(SNIPPET_TEXT, termsParam)},
  'StartSel="' || chr(57344) || '", StopSel="' || chr(57345) || '", MaxWords=20, MinWords=8'), chr(1), '<')`;

/** The type filter for the parameter at `$n`, or nothing. */
function typeFilter(subjectTypes: string[] | null, n: number): { sql: string; params: string[][] } {
  if (!subjectTypes) return { sql: "", params: [] };
  return { sql: ` AND e.subject_type = ANY ($${n}::varchar[])`, params: [subjectTypes] };
}

/** PostgreSQL: tsvector over `search_entry` with a GIN expression index (migrations/postgres/1795441100000-SearchIndex.ts). */
export const postgresSearchEngine: SearchEngine = {
  async search(runner: SqlRunner, req: SearchRequest): Promise<SearchResult> {
    // $1 match query, $2 "any term" query (matchedField), $3 the terms (highlight), $4 limit, $5 offset, $6 types
    const types = typeFilter(req.subjectTypes, 6);
    // The page is ranked and cut in the inner query (the total counted over every match before
    // LIMIT); headlines, the expensive part, are computed only for the rows of the page.
    // One row more than the page tells whether another page follows.
    const raw = (await runner.query(
      `SELECT p.subject_type AS "subjectType", p.subject_id AS "subjectId", p.score,
              ${snippet(3)} AS snippet,
              to_tsvector('simple', hub_fold(p.title)) @@ to_tsquery('simple', hub_fold($2)) AS "titleMatched",
              p.total
         FROM (SELECT e.id, e.subject_type, e.subject_id, e.title, e.body, ${RANK} AS score,
                      ${req.withTotal ? "count(*) OVER ()" : "NULL::bigint"} AS total
                 FROM search_entry e
                WHERE ${DOCUMENT} @@ ${query(1)}${types.sql}
                ORDER BY score DESC, e.id
                LIMIT $4 OFFSET $5) p
        ORDER BY p.score DESC, p.id`,
      [tsqueryText(req.terms, "&"), tsqueryText(req.terms, "|"), req.terms, req.limit + 1, req.offset, ...types.params],
    )) as RawSearchRow[];
    return toSearchResult(raw, req.limit);
  },

  async count(runner, req) {
    const types = typeFilter(req.subjectTypes, 2);
    const [{ n }] = (await runner.query(`SELECT count(*) AS n FROM search_entry e WHERE ${DOCUMENT} @@ ${query(1)}${types.sql}`, [
      tsqueryText(req.terms, "&"),
      ...types.params,
    ])) as { n: string | number }[];
    return Number(n);
  },
};
