import type Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RateLimitConfig } from "../../config";
import type { RateLimitState } from "../../observability/request-info";

/** Each client's budget of cost points per window, shared by every hub process when Redis is set. */
export interface CostBudget {
  readonly config: RateLimitConfig;
  /** Takes `points` from `key`'s budget; resolves with what is left, `rejected` when it did not fit. */
  charge(key: string, points: number): Promise<RateLimitState>;
}

/**
 * In memory by default; in Redis when a client is given, so several processes draw on one budget.
 * If Redis fails, each process falls back to its own memory budget (rate-limiter-flexible's
 * insurance limiter) instead of refusing or letting everything through.
 */
export function createCostBudget(config: RateLimitConfig, redis?: Redis, keyPrefix = "hub:"): CostBudget {
  const options = { points: config.points, duration: config.windowSeconds, keyPrefix: `${keyPrefix}cost` };
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options);
  const state = (res: RateLimiterRes, rejected: boolean): RateLimitState => ({
    limit: config.points,
    remaining: Math.max(0, res.remainingPoints),
    resetMs: res.msBeforeNext,
    rejected,
  });
  return {
    config,
    async charge(key, points) {
      try {
        return state(await limiter.consume(key, points), false);
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return state(refusal, true);
        throw refusal;
      }
    },
  };
}
