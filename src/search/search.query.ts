import type { DataSource } from "typeorm";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { MAX_DATABASE_KEY } from "../input/input-limits";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../pagination/paginate";
import type { PageInfo } from "../pagination/page-info.type";
import type { MatchedField } from "./search-engine";
import { searchEngineFor } from "./search-engines";
import { snippetHtml } from "./snippet.html";

export const MAX_QUERY_LENGTH = 200;

/** A word: a letter or digit, then letters, digits or combining marks (so "Côte" stays one word in any normalisation). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * The words of a user's query. Everything else (quotes, `*`, `:`, parentheses, operators' punctuation)
 * is a separator, so nothing the user types can become search syntax; each engine quotes the words
 * in its own syntax. Words like AND/OR/NOT stay plain words.
 */
export function searchTerms(query: string): string[] {
  if (query.length > MAX_QUERY_LENGTH) throw new BadUserInputError("query", `must be at most ${MAX_QUERY_LENGTH} characters`);
  const terms = query.normalize("NFKC").match(WORD) ?? [];
  if (terms.length === 0) throw new BadUserInputError("query", "must contain at least one letter or digit");
  return terms;
}

/**
 * Search cursors hold the offset of the hit after which to continue. Keyset paging (the rank and
 * the id of the last hit) would be the usual choice, but ranks are floats recomputed by every
 * query from the current index statistics, so "rank < x" would skip or repeat hits whenever the
 * index changes or floats do not round-trip; an offset within the same query is simple and honest.
 */
const CURSOR_TAG = "search";

export function encodeSearchCursor(offset: number): string {
  return Buffer.from(JSON.stringify([CURSOR_TAG, offset]), "utf8").toString("base64url");
}

/** An offset this API could have issued: a non-negative integer the databases' OFFSET takes as is (`1e300` is an integer to JavaScript). */
function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) < MAX_DATABASE_KEY;
}

function decodeSearchCursor(cursor: string): number {
  try {
    const parsed: unknown = cursor.length <= 100 ? JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) : null;
    if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === CURSOR_TAG && isOffset(parsed[1])) return parsed[1];
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError("after", "is not a cursor returned by `search`");
}

export interface SearchArgsInput {
  query: string;
  /** GraphQL type names to keep; null or undefined for all. */
  subjectTypes?: string[] | null;
  first?: number | null;
  after?: string | null;
  /** The client selected totalCount: count in the page statement instead of a second one. */
  withTotal?: boolean;
}

/** A hit as the GraphQL layer receives it; `node` is resolved from subjectType + subjectId by batched loaders. */
export interface SearchHitRow {
  subjectType: string;
  subjectId: number;
  score: number;
  snippet: string;
  matchedField: MatchedField;
}

export interface SearchPage {
  edges: { cursor: string; node: SearchHitRow }[];
  nodes: SearchHitRow[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * `search(query, types, first, after)`: validates, then runs one ranked statement on the dialect's
 * engine (with the total in it when asked). A second statement runs only for totalCount on an empty page.
 */
export async function searchPage(ds: DataSource, args: SearchArgsInput): Promise<SearchPage> {
  const terms = searchTerms(args.query);
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw new BadUserInputError("first", "must be a non-negative integer");
  if (first > MAX_PAGE_SIZE) throw new BadUserInputError("first", `must be at most ${MAX_PAGE_SIZE}`);
  if (args.subjectTypes && args.subjectTypes.length === 0) throw new BadUserInputError("types", "must name at least one type; omit it to search every type");
  const offset = args.after != null ? decodeSearchCursor(args.after) + 1 : 0;
  const subjectTypes = args.subjectTypes ? [...new Set(args.subjectTypes)] : null;

  const engine = searchEngineFor(ds);
  const withTotal = args.withTotal ?? false;
  const result = first === 0 ? { rows: [], hasMore: false, total: null } : await engine.search(ds, { terms, subjectTypes, offset, limit: first, withTotal });
  const nodes: SearchHitRow[] = result.rows.map((r) => ({
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    score: r.score,
    snippet: snippetHtml(r.rawSnippet),
    matchedField: r.matchedField,
  }));
  const edges = nodes.map((node, i) => ({ cursor: encodeSearchCursor(offset + i), node }));
  // An empty first page means nothing matched: no need to count.
  const known = result.total ?? (offset === 0 && nodes.length === 0 && first > 0 ? 0 : null);
  let total: Promise<number> | undefined = known != null ? Promise.resolve(known) : undefined;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: result.hasMore,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      total ??= engine.count(ds, { terms, subjectTypes });
      return total;
    },
  };
}
