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

// A request's statements reach its SqlStats explicitly: the request's view of the database
// (request-data-source.ts) reports each statement here, and its loaders schedule their batches
// with `whenSqlIdle(stats, …)`. An AsyncLocalStorage did this implicitly before, but on Node 20 it
// runs hooks on every promise of the process, which measured a few percent of CPU and of the
// bytes allocated per request on large nested queries.

/** Counts a statement and tells the request what is in flight until it is answered. */
export function trackStatement<T>(stats: SqlStats, query: string, parameters: unknown[] | undefined, run: () => Promise<T>): Promise<T> {
  // Past the deadline nothing new reaches the database: pending loader batches fail at once.
  if (stats.deadline !== undefined && Date.now() >= stats.deadline) return Promise.reject(new RequestTimeoutError());
  stats.statements += 1;
  stats.log?.push({ query, parameters });
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
 * Runs `callback` once the request has no statement in flight. DataLoader batches are dispatched
 * this way, so loads that sibling queries wake up at different moments (as they do over a network
 * connection) still land in one batch. Outside a request (no stats) it waits one turn.
 */
export function whenSqlIdle(stats: SqlStats | undefined, callback: () => void): void {
  if (!stats) {
    setImmediate(callback);
    return;
  }
  (stats.idleWaiters ??= []).push(callback);
  if ((stats.inFlight ?? 0) === 0) scheduleIdle(stats);
}
