import { randomUUID } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { rootErrorOf } from "./root-error";
import { ArgumentValidationError } from "type-graphql";
import { ErrorCode } from "./error-codes";
import { describeValidationErrors } from "./validation-message";
import { isLimitExceeded, limitError } from "./limit-error.format";
import { errorIdOf } from "./error-id";
import { withApolloCode } from "./apollo-messages";
import { isDatabaseUnavailable, isStatementTimeout } from "../db/database-unavailable";
import { InvalidDateError } from "../scalars/local-date.scalar";

/** Codes whose messages are written for clients and are safe to pass through unchanged. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.BAD_REQUEST,
  ErrorCode.RATE_LIMITED,
  ErrorCode.REQUEST_TIMEOUT,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "OPERATION_RESOLUTION_FAILURE",
]);

export interface FormatErrorOptions {
  /** Keep graphql-js's "Did you mean …?" hints (FIELD_SUGGESTIONS); off, they are cut from every message. */
  fieldSuggestions?: boolean;
}

/**
 * Apollo's `formatError`: client errors keep their message and code; everything else (a driver
 * error with SQL in it, a bug's stack) is replaced by a generic message with an id that points to
 * the request's entry in the server log. It only masks and normalises: the log entry is written
 * once per request by src/observability/error-log.plugin.ts, which also tags the errors with the
 * request id used here as `errorId`.
 */
export function createFormatError(options: FormatErrorOptions = {}) {
  const hideSuggestions = options.fieldSuggestions === false;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (hideSuggestions) formatted = { ...formatted, message: withoutSuggestions(formatted.message) };
    formatted = withApolloCode(formatted);
    const original = rootErrorOf(error);
    if (original instanceof ArgumentValidationError) {
      const { argumentName, message } = describeValidationErrors(original);
      return {
        message: `Invalid argument "${argumentName}": ${message}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName },
      };
    }
    if (original instanceof InvalidDateError && original.argumentName) {
      // A Date literal refused during validation: BAD_USER_INPUT naming the argument, like every bad argument.
      return {
        message: `Invalid argument "${original.argumentName}": ${original.reason}`,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: original.argumentName },
      };
    }
    if (isLimitExceeded(formatted.extensions)) return limitError(formatted);
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC_CODES.has(code)) {
      // `serviceName` is the gateway's tag on subgraph errors: the hub's own need none, a partner's say `subgraph`.
      const { stacktrace: _omit, serviceName: _gatewayTag, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isDatabaseUnavailable(original)) {
      // Never the driver's message: it may hold SQL, hosts or file paths. HTTP 503: service-unavailable.plugin.ts.
      return { message: "The database is not answering right now; retry shortly.", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    if (isStatementTimeout(original)) {
      // The server answered: one statement ran past DATABASE_STATEMENT_TIMEOUT_MS. Not retryable as is.
      return { message: "This part of the answer took too long to read and was stopped; ask for less.", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.REQUEST_TIMEOUT } };
    }
    // Untagged only when no request was running (nothing else to link it to): a fresh id then.
    const errorId = errorIdOf(error) ?? errorIdOf(original) ?? randomUUID();
    return {
      message: `Internal server error (error id ${errorId})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}

/**
 * Apollo's `hideSchemaDetailsFromClientErrors` cuts suggestions from validation errors only;
 * variable coercion ("Value "X" does not exist in "Y" enum. Did you mean …?") needs this too.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, "");
}
