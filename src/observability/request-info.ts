import type { Request, Response } from "express";
import type { SqlStats } from "../db/statement-counter";

/** What one operation was priced at before it ran (see README, "Cost"). */
export interface CostReport {
  /** Cost points of the operation (`extensions.cost.requested`). */
  requested: number;
  /** Objects the answer may hold at most. */
  nodes: number;
  /** The per-operation cost limit. */
  limit: number;
  /** Cost points left in the client's current window, when rate limits are on. */
  remaining?: number;
  /** When the window resets (ISO 8601), when rate limits are on. */
  resetAt?: string;
}

/** A client's budget as the RateLimit-* headers report it. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
  /** Set when this request was refused. */
  rejected?: boolean;
}

/**
 * What one HTTP request did, filled in as it goes (request id at arrival, operation and cost after
 * validation, error codes at the end) and read once by the access log and the metrics. It lives on
 * `res.locals.hub` so that Express middleware and Apollo plugins (through the context) share it.
 */
export interface RequestInfo {
  id: string;
  /** `performance.now()` at arrival. */
  startedAt: number;
  /** Who is charged for this request: `ip:…` today, a partner key later. */
  clientKey: string;
  operationName?: string;
  cost?: CostReport;
  /** The client's cost budget after this request was charged (rate limits on). */
  rateLimit?: RateLimitState;
  /** This request's SQL statement counter. */
  sql: SqlStats;
  /** `extensions.code` of every error in the answer, in order, without repeats. */
  errorCodes: string[];
}

export function requestInfoOf(res: Response): RequestInfo {
  return (res.locals as { hub: RequestInfo }).hub;
}

export function attachRequestInfo(req: Request, res: Response, id: string): RequestInfo {
  const info: RequestInfo = { id, startedAt: performance.now(), clientKey: `ip:${req.ip ?? "unknown"}`, sql: { statements: 0 }, errorCodes: [] };
  (res.locals as { hub: RequestInfo }).hub = info;
  return info;
}
