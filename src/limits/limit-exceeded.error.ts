import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors/error-codes";

/** The limits a partner can run into, named as they appear in `extensions.limit`. */
export type LimitName = "depth" | "aliases" | "tokens" | "directives" | "cost" | "nodes";

/**
 * An operation refused before it ran. `extensions` carries the limit's name, its maximum and the
 * value measured, so a client can tell which limit it hit and by how much. Apollo rewrites the code
 * of validation errors to GRAPHQL_VALIDATION_FAILED; formatError restores ours from `limit`.
 */
export class LimitExceededError extends GraphQLError {
  constructor(limit: LimitName, maximum: number, value: number, what: string) {
    super(`The operation ${what} ${value}; the limit is ${maximum}. Ask for less (smaller pages, fewer nested lists) or split the operation.`, {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, maximum, value, http: { status: 400 } },
    });
  }
}
