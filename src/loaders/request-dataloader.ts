import DataLoader from "dataloader";
import { whenSqlIdle } from "../db/statement-counter";

/**
 * The DataLoader every request-scoped loader uses. DataLoader's default dispatches a batch right
 * after the current tick; with a networked database, two sibling queries answer in different ticks
 * and the loads they wake up split into two batches. Dispatching only when the request has no
 * statement in flight makes batch boundaries follow the query's shape, not I/O timing, so the
 * statement count of a query is the same on SQLite and PostgreSQL.
 */
export default class RequestDataLoader<K, V, C = K> extends DataLoader<K, V, C> {
  constructor(batchLoadFn: DataLoader.BatchLoadFn<K, V>, options: DataLoader.Options<K, V, C> = {}) {
    super(batchLoadFn, { batchScheduleFn: whenSqlIdle, ...options });
  }
}
