import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import type { ValidationRule } from "graphql";
import type Redis from "ioredis";
import type { Config } from "../config";
import type { Context } from "../context";
import { costPlugin } from "./cost.plugin";
import { deadlinePlugin } from "./deadline.plugin";
import { queryShapeRules } from "./query-shape.rules";
import { createCostBudget } from "./rate-limit/cost-budget";
import { rateLimitMiddleware } from "./rate-limit/rate-limit.middleware";
import { tokensPlugin } from "./tokens.plugin";

/** Everything that prices and bounds a request, in the pieces server.ts wires into Express and Apollo. */
export interface HubLimits {
  /** Apollo's `parseOptions`: graphql-js stops parsing past `maxTokens`. */
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<Context>[];
  /** Charges each request's first point before its body is read; absent when rate limits are off. */
  rateLimit?: RequestHandler;
}

export function createLimits(config: Config, redis: Redis | undefined, onRateLimited?: () => void): HubLimits {
  const budget = config.rateLimit.enabled ? createCostBudget(config.rateLimit, redis, config.redisKeyPrefix) : undefined;
  return {
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: queryShapeRules(config.limits),
    plugins: [tokensPlugin(config.limits.maxTokens), costPlugin(config.limits, budget, onRateLimited), deadlinePlugin(config.limits.requestTimeoutMs)],
    rateLimit: budget && rateLimitMiddleware(budget, onRateLimited),
  };
}
