import { GraphQLError, type ASTNode } from "graphql";
import { ErrorCode } from "./error-codes";

/**
 * Bad input from the client, naming the argument at fault (e.g. `first`, `filter.from`). Raised
 * before execution (`status` 400, `nodes` pointing at the field) or by a resolver (HTTP 200, with a path).
 */
export class BadUserInputError extends GraphQLError {
  constructor(argumentName: string, message: string, options: { nodes?: readonly ASTNode[]; status?: number } = {}) {
    super(`Invalid argument "${argumentName}": ${message}`, {
      nodes: options.nodes,
      // Apollo reads `http` for the response status and strips it from the answer.
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName, ...(options.status ? { http: { status: options.status } } : {}) },
    });
  }
}
