import type { DataSource } from "typeorm";
import { LoaderRegistry } from "./loaders/loader-registry";
import type { SqlStats } from "./db/statement-counter";
import type { RequestInfo } from "./observability/request-info";

/** What every resolver receives: the data source, this request's own loaders and what it has done so far. */
export interface Context {
  ds: DataSource;
  loaders: LoaderRegistry;
  sqlStats: SqlStats;
  /** The request as the access log and the limits see it (id, cost, error codes). */
  request: RequestInfo;
}

export function createContext(ds: DataSource, request: RequestInfo): Context {
  return { ds, loaders: new LoaderRegistry(ds), sqlStats: request.sql, request };
}
