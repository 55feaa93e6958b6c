import type { CorsOptions } from "cors";
import type { HttpConfig } from "../config";

/**
 * CORS for browsers calling /graphql: the configured origins (all by default, reflected), only the
 * methods GraphQL over HTTP uses, preflights cached for `corsMaxAgeSeconds`, and the headers a
 * client script may read: the request id and the rate-limit headers. Request headers are not
 * listed, so the preflight allows what the browser asks for (x-request-id, Apollo's CSRF headers,
 * and `Authorization` with a partner key).
 */
export function corsOptions(http: HttpConfig): CorsOptions {
  return {
    origin: http.corsOrigins === "*" ? true : http.corsOrigins,
    methods: ["GET", "POST", "OPTIONS"],
    maxAge: http.corsMaxAgeSeconds,
    exposedHeaders: ["x-request-id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "WWW-Authenticate"],
  };
}
