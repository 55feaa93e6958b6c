import type { RequestHandler } from "express";
import { attachRequestInfo } from "./request-info";
import { requestIdFrom } from "./request-id";

/**
 * First middleware of every request: gives it its id and its RequestInfo (`res.locals.hub`), and
 * echoes the id in `x-request-id` so the caller can quote it (it is also the `errorId` of internal
 * errors). Runs before anything can answer, so every response, even a 413 or a 429, carries it.
 */
export function requestInfoMiddleware(): RequestHandler {
  return (req, res, next) => {
    const info = attachRequestInfo(req, res, requestIdFrom(req.headers["x-request-id"]));
    res.setHeader("x-request-id", info.id);
    next();
  };
}
