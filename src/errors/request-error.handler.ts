import type { ErrorRequestHandler } from "express";
import { ErrorCode } from "./error-codes";

/**
 * Errors raised before GraphQL runs (a body that is not JSON, or too large) answered the GraphQL
 * way, with a code, instead of Express's HTML page and its stack trace.
 */
export function requestErrorHandler(): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 400;
    const message = error?.type === "entity.too.large" ? "The request body is too large (at most 1 MB)." : "The request body is not valid JSON.";
    res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
  };
}
