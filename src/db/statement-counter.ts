import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "typeorm";
import { RequestTimeoutError } from "../errors/request-timeout.error";

/** Counts the SQL statements run on behalf of one request. */
export interface SqlStats {
  statements: number;
  /** Statements sent and not yet answered (see `whenSqlIdle`). */
  inFlight?: number;
  /** Callbacks waiting for `inFlight` to drop to zero. */
  idleWaiters?: (() => void)[];
  /** When present, the text and parameters of every statement are appended (tests, debugging). */
  log?: { query: string; parameters?: unknown[] }[];
  /** `Date.now()` after which this request may start no new statement (REQUEST_TIMEOUT_MS). */
  deadline?: number;
}


const storage = new AsyncLocalStorage<SqlStats>();

/**
 * Runs `fn` with a fresh statement counter. AsyncLocalStorage follows the request through
 * DataLoader's batch scheduling, so concurrent requests never count each other's statements.
 */
export function withSqlStats<T>(stats: SqlStats, fn: () => T): T {
  return storage.run(stats, fn);
}

/** A TypeORM logger that only counts; it writes nothing. */
export class StatementCountingLogger implements Logger {
  logQuery(query: string, parameters?: unknown[]): void {
    const stats = storage.getStore();
    if (!stats) return;
    stats.statements += 1;
    stats.log?.push({ query, parameters });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Wraps a statement's promise so the request knows what is in flight. */
export function trackStatement<T>(run: () => Promise<T>): Promise<T> {
  const stats = storage.getStore();
  if (!stats) return run();
  // Past the deadline nothing new reaches the database: pending loader batches fail at once.
  if (stats.deadline !== undefined && Date.now() >= stats.deadline) return Promise.reject(new RequestTimeoutError());
  stats.inFlight = (stats.inFlight ?? 0) + 1;
  return run().finally(() => {
    stats.inFlight! -= 1;
    if (stats.inFlight === 0) scheduleIdle(stats);
  });
}

function scheduleIdle(stats: SqlStats): void {
  // setImmediate: let the resolvers that the finished statement woke up enqueue their loads first.
  setImmediate(() => {
    if ((stats.inFlight ?? 0) > 0 || !stats.idleWaiters?.length) return;
    const waiters = stats.idleWaiters.splice(0);
    for (const waiter of waiters) waiter();
  });
}

/**
 * Called when the request's deadline passes: batches waiting for a slow statement to finish are
 * released now, so they fail at once (trackStatement refuses them) instead of waiting.
 */
export function releaseAtDeadline(stats: SqlStats): void {
  const waiters = stats.idleWaiters?.splice(0) ?? [];
  for (const waiter of waiters) waiter();
}

/**
 * Runs `callback` once the current request has no statement in flight. DataLoader batches are
 * dispatched this way, so loads that sibling queries wake up at different moments (as they do
 * over a network connection) still land in one batch.
 */
export function whenSqlIdle(callback: () => void): void {
  const stats = storage.getStore();
  if (!stats) {
    setImmediate(callback);
    return;
  }
  (stats.idleWaiters ??= []).push(callback);
  if ((stats.inFlight ?? 0) === 0) scheduleIdle(stats);
}
