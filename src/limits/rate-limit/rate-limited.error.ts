import { GraphQLError } from "graphql";
import { ErrorCode } from "../../errors/error-codes";
import type { RateLimitState } from "../../observability/request-info";

/** The client spent its cost budget for this window: HTTP 429, and when to come back. */
export class RateLimitedError extends GraphQLError {
  constructor(state: RateLimitState, cost: number) {
    const retryAfterSeconds = Math.max(1, Math.ceil(state.resetMs / 1000));
    super(
      `This operation costs ${cost} points and ${state.remaining} of ${state.limit} are left in this window; retry after ${retryAfterSeconds} s.`,
      { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds, http: { status: 429 } } },
    );
  }
}
