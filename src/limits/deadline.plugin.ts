import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";
import { releaseAtDeadline } from "../db/statement-counter";

/**
 * A whole-request deadline (REQUEST_TIMEOUT_MS). The request's statement scope carries it: once it
 * passes, no new statement starts (the fields that needed one fail with REQUEST_TIMEOUT, see
 * format-error) and loader batches waiting behind a slow statement are released to fail at once.
 */
export function deadlinePlugin(timeoutMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (timeoutMs <= 0) return;
      const stats = contextValue.sqlStats;
      stats.deadline = Date.now() + timeoutMs;
      const timer = setTimeout(() => releaseAtDeadline(stats), timeoutMs);
      return {
        async willSendResponse() {
          clearTimeout(timer);
        },
      };
    },
  };
}
