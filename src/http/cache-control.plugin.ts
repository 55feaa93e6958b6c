import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";

/**
 * Lets a CDN or a browser cache public answers: a successful GET query (including an APQ GET,
 * which is how clients make long queries cacheable) gets `Cache-Control: public, max-age=N`.
 * POSTs, answers with errors (an APQ "not found" above all) and everything else get `no-store`.
 * An answer to a request with a partner key is never cacheable: `private, no-store`, or a shared
 * cache could hand one partner's answer to another (and every /graphql answer says `Vary: Authorization`).
 */
export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue }) {
          if (contextValue.viewer?.kind === "partner") {
            response.http.headers.set("cache-control", "private, no-store");
            return;
          }
          const body = response.body;
          const ok = body.kind === "single" && !body.singleResult.errors?.length && (response.http.status ?? 200) === 200;
          const cacheable = maxAgeSeconds > 0 && request.http?.method === "GET" && ok;
          response.http.headers.set("cache-control", cacheable ? `public, max-age=${maxAgeSeconds}` : "no-store");
        },
      };
    },
  };
}
