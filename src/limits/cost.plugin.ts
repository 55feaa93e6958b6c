import { getVariableValues } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { LimitsConfig } from "../config";
import type { Context } from "../context";
import { LimitExceededError } from "./limit-exceeded.error";
import { operationCost } from "./operation-cost";
import type { CostBudget } from "./rate-limit/cost-budget";
import { RateLimitedError } from "./rate-limit/rate-limited.error";
import { writeRateLimitHeaders } from "./rate-limit/rate-limit.headers";

/**
 * Prices every operation once it is parsed, validated and its variables are known, and before any
 * resolver runs: over the node or cost limit it is refused (QUERY_TOO_COMPLEX); otherwise its cost
 * is charged to the client's budget (RATE_LIMITED when it does not fit). Every answer then reports
 * `extensions.cost`. The rate-limit middleware has already charged 1 point for the request itself.
 */
export function costPlugin(limits: LimitsConfig, budget?: CostBudget, onRateLimited?: () => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, contextValue }) {
          const info = contextValue.request;
          info.operationName = operationName ?? undefined;
          // Variables that do not coerce fail the whole operation before any resolver runs.
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          const { cost, nodes } = operationCost(schema, document, operationName ?? undefined, request.variables ?? {});
          info.cost = { requested: cost, nodes, limit: limits.maxCost };
          if (nodes > limits.maxResultNodes) throw new LimitExceededError("nodes", limits.maxResultNodes, nodes, "could return this many objects:");
          if (cost > limits.maxCost) throw new LimitExceededError("cost", limits.maxCost, cost, "costs");
          if (!budget || cost <= 1) return;
          const state = await budget.charge(info.clientKey, cost - 1);
          info.rateLimit = state;
          if (!state.rejected) return;
          onRateLimited?.();
          throw new RateLimitedError(state, cost);
        },
        async willSendResponse({ response, contextValue }) {
          const { cost, rateLimit } = contextValue.request;
          if (rateLimit && budget) writeRateLimitHeaders(rateLimit, budget.config.windowSeconds, (name, value) => response.http.headers.set(name.toLowerCase(), value));
          if (!cost || response.body.kind !== "single") return;
          const remaining = rateLimit ? { remaining: rateLimit.remaining, resetAt: new Date(Date.now() + rateLimit.resetMs).toISOString() } : {};
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { ...cost, ...remaining } };
        },
      };
    },
  };
}
