import type { RequestHandler } from "express";
import { ErrorCode } from "./error-codes";

/** Any path the hub does not serve: a coded JSON 404 instead of Express's HTML page. */
export function notFoundHandler(): RequestHandler {
  return (_req, res) => {
    res.status(404).json({ errors: [{ message: "Nothing is served at this address; the API is at /graphql.", extensions: { code: ErrorCode.BAD_REQUEST } }] });
  };
}
