import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-codes";

/** A stale `version` on a write (optimistic concurrency): nothing was written; retry from `currentVersion`. */
export class ConflictError extends GraphQLError {
  constructor(argumentName: string, currentVersion: number) {
    super(`Invalid argument "${argumentName}": the record has changed since it was read; its current version is ${currentVersion}. Re-read it and apply your change again.`, {
      extensions: { code: ErrorCode.CONFLICT, argumentName, currentVersion },
    });
  }
}
