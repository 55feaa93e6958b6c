import type { DataSource } from "typeorm";
import { LoaderRegistry } from "./loaders/loader-registry";
import type { SqlStats } from "./db/statement-counter";

/** What every resolver receives: the data source and this request's own loaders. */
export interface Context {
  ds: DataSource;
  loaders: LoaderRegistry;
  sqlStats: SqlStats;
}

export function createContext(ds: DataSource, sqlStats: SqlStats): Context {
  return { ds, loaders: new LoaderRegistry(ds), sqlStats };
}
