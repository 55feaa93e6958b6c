import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";
import { ErrorCode } from "../errors/error-codes";
import { DATABASE_RETRY_AFTER_SECONDS } from "../db/database-unavailable";

/**
 * An answer holding a SERVICE_UNAVAILABLE error (the database did not answer, see
 * src/db/database-unavailable.ts) goes out as HTTP 503 with `Retry-After`, so load balancers,
 * CDNs and client retry policies see an outage rather than a 200 with errors inside.
 */
export function serviceUnavailablePlugin(retryAfterSeconds = DATABASE_RETRY_AFTER_SECONDS): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === "single" ? body.singleResult.errors : body.initialResult.errors;
          if (!errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(retryAfterSeconds));
        },
      };
    },
  };
}
