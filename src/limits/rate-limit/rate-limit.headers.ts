import type { RateLimitState } from "../../observability/request-info";

/**
 * The IETF draft's RateLimit-* fields (draft-ietf-httpapi-ratelimit-headers), in cost points, plus
 * Retry-After on a refusal. `set` is Express's `res.setHeader` or Apollo's `headers.set`.
 */
export function writeRateLimitHeaders(state: RateLimitState, windowSeconds: number, set: (name: string, value: string) => void): void {
  const resetSeconds = Math.max(0, Math.ceil(state.resetMs / 1000));
  set("RateLimit-Limit", String(state.limit));
  set("RateLimit-Remaining", String(state.remaining));
  set("RateLimit-Reset", String(resetSeconds));
  set("RateLimit-Policy", `${state.limit};w=${windowSeconds}`);
  if (state.rejected) set("Retry-After", String(Math.max(1, resetSeconds)));
}
