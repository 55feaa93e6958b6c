import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "./error-codes";

/** True for an error that one of the query limits (src/limits/) raised: it names the limit and its maximum. */
export function isLimitExceeded(extensions: Record<string, unknown> | undefined): boolean {
  return typeof extensions?.limit === "string" && typeof extensions.maximum === "number";
}

/**
 * Apollo rewrites the code of every validation error to GRAPHQL_VALIDATION_FAILED; a refused
 * limit gets QUERY_TOO_COMPLEX back, with the limit, its maximum and the measured value. Depth
 * refusals keep `maxDepth`/`depth` too, as the first version of the API reported them.
 */
export function limitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { limit, maximum, value, valueIsLowerBound } = formatted.extensions as { limit: string; maximum: number; value: number; valueIsLowerBound?: boolean };
  const depth = limit === "depth" ? { maxDepth: maximum, depth: value } : {};
  const bound = valueIsLowerBound ? { valueIsLowerBound } : {};
  return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, maximum, value, ...bound, ...depth } };
}
