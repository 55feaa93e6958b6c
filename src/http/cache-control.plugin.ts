import type { ApolloServerPlugin } from "@apollo/server";

/**
 * Lets a CDN or a browser cache public answers: a successful GET query (including an APQ GET,
 * which is how clients make long queries cacheable) gets `Cache-Control: public, max-age=N`.
 * POSTs, answers with errors (an APQ "not found" above all) and everything else get `no-store`.
 * Every answer is public data today; once partner keys exist, an authenticated answer must say
 * `private` instead, or a shared cache would hand one partner's answer to another.
 */
export function cacheControlPlugin(maxAgeSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const body = response.body;
          const ok = body.kind === "single" && !body.singleResult.errors?.length && (response.http.status ?? 200) === 200;
          const cacheable = maxAgeSeconds > 0 && request.http?.method === "GET" && ok;
          response.http.headers.set("cache-control", cacheable ? `public, max-age=${maxAgeSeconds}` : "no-store");
        },
      };
    },
  };
}
