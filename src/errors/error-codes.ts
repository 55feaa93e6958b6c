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
  /** Something failed on our side; `extensions.errorId` identifies the entry in the server log. */
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
