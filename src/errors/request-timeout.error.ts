import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-codes";

/** The request's deadline (REQUEST_TIMEOUT_MS) passed before this part of the answer could be read. */
export class RequestTimeoutError extends GraphQLError {
  constructor() {
    super("The request ran past its deadline; this part of the answer was not read. Ask for less, or retry.", {
      extensions: { code: ErrorCode.REQUEST_TIMEOUT },
    });
  }
}
