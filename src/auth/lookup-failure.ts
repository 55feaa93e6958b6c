import type { Response } from "express";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "../db/database-unavailable";
import { ErrorCode } from "../errors/error-codes";
import type { Logger } from "../observability/logger";
import { requestInfoOf } from "../observability/request-info";

/**
 * The key lookup failed, so the request cannot be answered as anyone. A database that did not
 * answer is HTTP 503 SERVICE_UNAVAILABLE with `Retry-After`, as for every other statement (the
 * client may retry); anything else is HTTP 500 with the request id as `errorId`, logged once with
 * its stack, never sent. (Passed on to Express, it would reach the body-parser error handler and be
 * answered as a malformed body.)
 */
export function answerLookupFailure(res: Response, logger: Logger, error: unknown): void {
  const info = requestInfoOf(res);
  res.setHeader("Cache-Control", "no-store");
  if (isDatabaseUnavailable(error)) {
    info.errorCodes.push(ErrorCode.SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
    res.status(503).json({ errors: [{ message: "The database is not answering right now; retry shortly.", extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] });
    return;
  }
  info.errorCodes.push(ErrorCode.INTERNAL_SERVER_ERROR);
  logger.error({ err: error, requestId: info.id }, "API key lookup failed");
  res.status(500).json({ errors: [{ message: `Internal server error (error id ${info.id})`, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId: info.id } }] });
}
