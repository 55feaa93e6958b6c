import type { RequestHandler, Response } from "express";
import type { DataSource } from "typeorm";
import { requestDataSource } from "../db/request-data-source";
import { ErrorCode } from "../errors/error-codes";
import { requestInfoOf } from "../observability/request-info";
import type { Logger } from "../observability/logger";
import { tokenPrefix } from "./api-token";
import { touchKey } from "./key-lookup";
import { checkToken } from "./token-check";
import { setViewer } from "./viewer";
import { answerLookupFailure } from "./lookup-failure";

/** Why a request with an `Authorization` header is refused; kept until `rejectUnauthenticated` answers. */
const FAILURE = Symbol("authFailure");
type Locals = { [FAILURE]?: string };

export const WWW_AUTHENTICATE = `Bearer realm="partner-graph", error="invalid_token"`;
const BEARER = /^Bearer +(\S+) *$/i;

/**
 * Reads `Authorization: Bearer <key>` on /graphql. No header: anonymous, as before keys existed.
 * A header that is not a well-formed Bearer key is refused without touching the database; a
 * well-formed one costs exactly one indexed statement (counted in the request's SqlStats) and,
 * when valid, makes the viewer a partner and its budget `key:<id>`. No cache: a revoked key is
 * refused from the next request on. A refusal is only recorded here, so the rate limiter (next)
 * charges it to the caller's address; `rejectUnauthenticated` then answers 401.
 */
export function authenticateMiddleware(ds: DataSource, logger: Logger, now: () => Date = () => new Date()): RequestHandler {
  return async (req, res, next) => {
    // Answers differ by key: shared caches must key on the header (the cache-control plugin keeps keyed answers private).
    res.vary("Authorization");
    const header = req.headers.authorization;
    if (header === undefined) return next();
    const token = BEARER.exec(header)?.[1];
    if (token === undefined || tokenPrefix(token) === null) return fail(res, "The Authorization header must be `Bearer <partner API key>`.", next);
    try {
      const info = requestInfoOf(res);
      const at = now();
      const checked = await checkToken(requestDataSource(ds, info.sql), token, at);
      if ("refused" in checked) return fail(res, checked.refused, next);
      const { viewer, record } = checked;
      info.clientKey = `key:${record.keyId}`;
      setViewer(res, viewer);
      touchKey(ds, record, at, (error) => logger.warn({ err: error instanceof Error ? error.message : String(error), key: record.prefix }, "could not record an API key's last use"));
      next();
    } catch (error) {
      answerLookupFailure(res, logger, error);
    }
  };
}

function fail(res: Response, message: string, next: () => void): void {
  (res.locals as Locals)[FAILURE] = message;
  next();
}

/** Answers 401 UNAUTHENTICATED for a refused key, before the body is read or any resolver runs. */
export function rejectUnauthenticatedMiddleware(): RequestHandler {
  return (_req, res, next) => {
    const message = (res.locals as Locals)[FAILURE];
    if (message === undefined) return next();
    requestInfoOf(res).errorCodes.push(ErrorCode.UNAUTHENTICATED);
    res.setHeader("WWW-Authenticate", WWW_AUTHENTICATE);
    res.setHeader("Cache-Control", "no-store");
    res.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
  };
}
