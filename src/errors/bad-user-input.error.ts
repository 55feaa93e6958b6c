import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-codes";

/** Bad input from the client, naming the argument at fault (e.g. `first`, `filter.from`). */
export class BadUserInputError extends GraphQLError {
  constructor(argumentName: string, message: string) {
    super(`Invalid argument "${argumentName}": ${message}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName },
    });
  }
}
