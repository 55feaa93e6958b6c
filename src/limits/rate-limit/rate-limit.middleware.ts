import type { RequestHandler } from "express";
import { ErrorCode } from "../../errors/error-codes";
import { requestInfoOf } from "../../observability/request-info";
import type { CostBudget } from "./cost-budget";
import { writeRateLimitHeaders } from "./rate-limit.headers";

/**
 * Every request costs at least one point, taken here before the body is even read, so a client over
 * budget is turned away cheaply (HTTP 429) and malformed requests are not free. The GraphQL cost
 * plugin charges the rest of an operation's cost once it is known.
 */
export function rateLimitMiddleware(budget: CostBudget, onRejected?: () => void): RequestHandler {
  return async (_req, res, next) => {
    const info = requestInfoOf(res);
    try {
      const state = await budget.charge(info.clientKey, 1);
      info.rateLimit = state;
      writeRateLimitHeaders(state, budget.config.windowSeconds, (name, value) => res.setHeader(name, value));
      if (!state.rejected) return next();
      onRejected?.();
      info.errorCodes.push(ErrorCode.RATE_LIMITED);
      const retryAfterSeconds = Math.max(1, Math.ceil(state.resetMs / 1000));
      res.status(429).json({
        errors: [{ message: `Rate limit reached: ${state.limit} cost points per ${budget.config.windowSeconds} s; retry after ${retryAfterSeconds} s.`, extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds } }],
      });
    } catch (error) {
      next(error);
    }
  };
}
