import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, RequestHandler, Response } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "./logger";
import { requestInfoOf } from "./request-info";

/** Probes hit every few seconds; at info they would drown the lines that matter. */
const PROBE_PATHS = new Set(["/health", "/ready", "/metrics"]);

/**
 * One access line per request, written when the answer is finished (or the client went away):
 * request id, operation, duration, cost, SQL statements, status and error codes, all read from the
 * request's RequestInfo. Needs requestInfoMiddleware before it.
 */
export function accessLogMiddleware(logger: Logger): RequestHandler {
  const middleware = pinoHttp<IncomingMessage, ServerResponse>({
    logger,
    genReqId: (_req, res) => requestInfoOf(res as Response)?.id ?? "-",
    customAttributeKeys: { reqId: "requestId" },
    // Bind only the id to `req.log`; the line itself carries the fields below, not headers.
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (req, res, error) => {
      if (PROBE_PATHS.has((req as Request).path)) return "debug";
      return error || res.statusCode >= 500 ? "warn" : "info";
    },
    customSuccessObject: (req, res) => accessFields(req as Request, res as Response),
    customErrorObject: (req, res) => accessFields(req as Request, res as Response),
    customSuccessMessage: (req, res) => (res.writableFinished ? "request completed" : "request aborted"),
    customErrorMessage: () => "request failed",
  });
  return middleware as unknown as RequestHandler;
}

function accessFields(req: Request, res: Response) {
  const info = requestInfoOf(res);
  return {
    method: req.method,
    // GET queries carry the whole operation in the URL: enough to recognise it, not a copy of it.
    url: req.originalUrl.length > 200 ? `${req.originalUrl.slice(0, 200)}…` : req.originalUrl,
    status: res.statusCode,
    durationMs: info ? Math.round((performance.now() - info.startedAt) * 10) / 10 : undefined,
    operation: info?.operationName,
    cost: info?.cost?.requested,
    sqlStatements: info?.sql.statements,
    errorCodes: info?.errorCodes.length ? info.errorCodes : undefined,
    client: info?.clientKey,
  };
}
