import { randomUUID } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import { ErrorCode } from "./error-codes";
import { describeValidationErrors } from "./validation-message";

/** Codes whose messages are written for clients and are safe to pass through unchanged. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.BAD_REQUEST,
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export type ErrorLogger = (entry: { errorId: string; error: unknown; path?: readonly (string | number)[] }) => void;

const defaultLogger: ErrorLogger = ({ errorId, error, path }) => {
  console.error(`[error ${errorId}]${path ? ` at ${path.join(".")}` : ""}`, error);
};

/**
 * Apollo's `formatError`: client errors keep their message and code; everything else (a driver
 * error with SQL in it, a bug's stack) is replaced by a generic message with an id that points to
 * the full entry in the server log.
 */
export function createFormatError(log: ErrorLogger = defaultLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const { argumentName, message } = describeValidationErrors(original);
      return {
        message: `Invalid argument "${argumentName}": ${message}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName },
      };
    }
    if (formatted.extensions?.maxDepth != null) {
      return { ...formatted, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, maxDepth: formatted.extensions.maxDepth, depth: formatted.extensions.depth } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC_CODES.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = randomUUID();
    log({ errorId, error: original, path: formatted.path });
    return {
      message: `Internal server error (error id ${errorId})`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}
