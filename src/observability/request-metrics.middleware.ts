import type { RequestHandler, Response } from "express";
import { ErrorCode } from "../errors/error-codes";
import type { HubMetrics, Outcome } from "./metrics";
import { requestInfoOf, type RequestInfo } from "./request-info";

/**
 * Observes every GraphQL request once it is answered (or abandoned): count by operation and
 * outcome, latency, SQL statements and cost. Mount on /graphql, after requestInfoMiddleware.
 */
export function requestMetricsMiddleware(metrics: HubMetrics): RequestHandler {
  return (req, res, next) => {
    // Preflights are the browser's, not the client's requests.
    if (req.method === "OPTIONS") return next();
    let done = false;
    const observe = () => {
      if (done) return;
      done = true;
      const info = requestInfoOf(res);
      // The landing page (HTML for browsers) is not a GraphQL request.
      if (!info || String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
      const operation = metrics.operationLabel(info.operationName);
      metrics.requests.inc({ operation, outcome: outcomeOf(res, info) });
      metrics.duration.observe({ operation }, (performance.now() - info.startedAt) / 1000);
      metrics.sqlStatements.observe(info.sql.statements);
      if (info.cost) metrics.cost.observe(info.cost.requested);
    };
    res.once("finish", observe);
    res.once("close", observe);
    next();
  };
}

function outcomeOf(res: Response, info: RequestInfo): Outcome {
  const codes = info.errorCodes;
  if (!res.writableFinished) return "aborted";
  if (res.statusCode === 429 || codes.includes(ErrorCode.RATE_LIMITED)) return "rate_limited";
  if (codes.includes(ErrorCode.REQUEST_TIMEOUT)) return "timeout";
  if (res.statusCode >= 500 || codes.includes(ErrorCode.INTERNAL_SERVER_ERROR) || codes.includes(ErrorCode.SERVICE_UNAVAILABLE)) return "server_error";
  if (res.statusCode >= 400 || codes.length > 0) return "client_error";
  return "ok";
}
