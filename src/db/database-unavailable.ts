/**
 * The one place that decides whether a driver error means "the database cannot be reached or did
 * not answer in time" (the client gets SERVICE_UNAVAILABLE / HTTP 503 and may retry; start-up
 * keeps waiting) rather than a bug or a bad statement (INTERNAL_SERVER_ERROR).
 */

/** `Retry-After` on answers refused because the database is unavailable (HTTP 503). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Thrown by the hub itself when the database did not answer within a bound (e.g. the /ready probe). */
export class DatabaseUnavailableError extends Error {
  readonly code = "DATABASE_UNAVAILABLE";
}

/** Socket-level failures: nothing listens, the peer went away, or the name does not resolve (yet). */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN", "ENOTFOUND", "EAI_AGAIN", "DATABASE_UNAVAILABLE"]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception) plus server shutdown, start-up and
 * "too many connections". A statement_timeout cancel (57014) is not here: the server answered.
 */
const POSTGRES_STATES = /^(08...|57P01|57P02|57P03|53300)$/;

/**
 * SQLite: locked by another process (BUSY, LOCKED), file cannot be opened (CANTOPEN) or read
 * (IOERR, including its extended codes), disk full, or the WAL locking protocol failing.
 */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|PROTOCOL)(_|$)/;

/**
 * node-postgres reports these without a code: its own timeouts (connect, pool acquire, the
 * client-side query_timeout) and a connection that closed under a query.
 */
const PG_MESSAGES = [
  /^timeout expired$/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /^Connection terminated/,
  /is not queryable$/,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const code = typeof e.code === "string" ? e.code : "";
    if (NETWORK_CODES.has(code) || POSTGRES_STATES.test(code) || SQLITE_CODES.test(code)) return true;
    return typeof e.message === "string" && PG_MESSAGES.some((m) => m.test(e.message as string));
  });
}

/** PostgreSQL cancelled a statement that ran past `statement_timeout` (SQLSTATE 57014). */
export function isStatementTimeout(error: unknown): boolean {
  return causes(error).some((e) => e.code === "57014");
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
}

/**
 * The error and what it wraps: TypeORM's QueryFailedError keeps the driver's error in
 * `driverError`, Node's connect attempts on several addresses give an AggregateError (`errors`),
 * and some errors carry a `cause`. Depth-limited, so a cyclic chain cannot loop.
 */
function causes(error: unknown, depth = 0): ErrorLike[] {
  if (!error || typeof error !== "object" || depth > 4) return [];
  const e = error as ErrorLike & { driverError?: unknown; cause?: unknown; errors?: unknown };
  const nested = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return [e, ...nested.flatMap((n) => causes(n, depth + 1))];
}
