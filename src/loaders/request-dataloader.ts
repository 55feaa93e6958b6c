import DataLoader from "dataloader";
import { whenSqlIdle, type SqlStats } from "../db/statement-counter";

/** The request whose loaders are being built (LoaderRegistry.get sets it around each factory call). */
let building: SqlStats | undefined;

/** Builds loaders for the request that `stats` counts: their batches follow its statements. */
export function buildingLoadersFor<T>(stats: SqlStats | undefined, build: () => T): T {
  const previous = building;
  building = stats;
  try {
    return build();
  } finally {
    building = previous;
  }
}

/**
 * The DataLoader every request-scoped loader uses. DataLoader's default dispatches a batch right
 * after the current tick; with a networked database, two sibling queries answer in different ticks
 * and the loads they wake up split into two batches. Dispatching only when the request has no
 * statement in flight makes batch boundaries follow the query's shape, not I/O timing, so the
 * statement count of a query is the same on SQLite and PostgreSQL.
 */
export default class RequestDataLoader<K, V, C = K> extends DataLoader<K, V, C> {
  constructor(batchLoadFn: DataLoader.BatchLoadFn<K, V>, options: DataLoader.Options<K, V, C> = {}) {
    const stats = building;
    super(batchLoadFn, { batchScheduleFn: (callback) => whenSqlIdle(stats, callback), ...options });
  }
}
