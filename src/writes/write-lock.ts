import type { DataSource } from "typeorm";

/**
 * SQLite has one connection per process (better-sqlite3), so two write transactions must not
 * interleave on it: each waits for the one before. PostgreSQL runs them side by side, each on its
 * own connection, and optimistic versions (src/writes/versioned-row.ts) keep them from losing updates.
 */
const tails = new WeakMap<object, Promise<unknown>>();

export function serialised<T>(ds: DataSource, run: () => Promise<T>): Promise<T> {
  if (ds.options.type === "postgres") return run();
  const key = ds.driver;
  const previous = tails.get(key) ?? Promise.resolve();
  const next = previous.then(run, run);
  tails.set(key, next.catch(() => undefined));
  return next;
}
