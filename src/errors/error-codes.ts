/**
 * The public list of error codes this API returns in `errors[].extensions.code`. Partners may
 * switch on these; they are part of the contract and only ever grow.
 */
export const ErrorCode = {
  /** An argument is malformed or out of range; `extensions.argumentName` names it. */
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** The query is not valid against the schema. */
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  /** The request body could not be parsed as GraphQL. */
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  /** The query is too deep or too large to run. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** The HTTP request itself was malformed. */
  BAD_REQUEST: "BAD_REQUEST",
  /**
   * The `Authorization` header holds no valid partner key (malformed, another scheme, unknown,
   * expired or revoked): HTTP 401 with `WWW-Authenticate: Bearer`. Nothing runs; there is no
   * fallback to anonymous access. Also the answer to the admin API without a key.
   */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** The partner's key is valid but its roles do not allow this field; nothing was changed or read. */
  FORBIDDEN: "FORBIDDEN",
  /**
   * A write stated a `version` that is no longer the record's: someone changed it since it was
   * read. Nothing was written; `extensions.currentVersion` is the version to re-read and retry from.
   */
  CONFLICT: "CONFLICT",
  /** The client spent its cost budget for the current window; HTTP 429 with `Retry-After`. */
  RATE_LIMITED: "RATE_LIMITED",
  /** The request ran past its deadline (`REQUEST_TIMEOUT_MS`); work not yet started was dropped. */
  REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
  /** The database did not answer in time or cannot be reached; HTTP 503, retry later. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /**
   * Gateway mode: a partner subgraph was down, slower than its timeout, or answered with errors. The
   * fields it provides are null, everything else is answered; `extensions.subgraph` names it.
   */
  SUBGRAPH_UNAVAILABLE: "SUBGRAPH_UNAVAILABLE",
  /** Automatic persisted queries: the hash is not in the cache yet; send the query text with it. */
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  /** Automatic persisted queries: the request asked for a protocol version this server does not speak. */
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
  /** Automatic persisted queries: the query text does not hash to the given sha256Hash. */
  PERSISTED_QUERY_HASH_MISMATCH: "PERSISTED_QUERY_HASH_MISMATCH",
  /** Something failed on our side; `extensions.errorId` identifies the entry in the server log. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
