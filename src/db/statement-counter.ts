import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "typeorm";

/** Counts the SQL statements run on behalf of one request. */
export interface SqlStats {
  statements: number;
}

const storage = new AsyncLocalStorage<SqlStats>();

/**
 * Runs `fn` with a fresh statement counter. AsyncLocalStorage follows the request through
 * DataLoader's batch scheduling, so concurrent requests never count each other's statements.
 */
export function withSqlStats<T>(stats: SqlStats, fn: () => T): T {
  return storage.run(stats, fn);
}

export function currentSqlStats(): SqlStats | undefined {
  return storage.getStore();
}

/** A TypeORM logger that only counts; it writes nothing. */
export class StatementCountingLogger implements Logger {
  logQuery(): void {
    const stats = storage.getStore();
    if (stats) stats.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
