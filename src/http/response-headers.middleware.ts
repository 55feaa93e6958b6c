import type { RequestHandler } from "express";

/**
 * Headers every answer carries, set before anything can answer: `nosniff` (browsers must not
 * guess a content type from the body), and `Cache-Control: no-store` so that nothing is cached
 * unless a handler says otherwise (the cache-control plugin does, for successful GET queries).
 */
export function responseHeadersMiddleware(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "no-store");
    next();
  };
}
