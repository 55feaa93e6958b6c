import type { DataSource } from "typeorm";
import { LoaderRegistry } from "./loaders/loader-registry";
import type { SqlStats } from "./db/statement-counter";
import { requestDataSource } from "./db/request-data-source";
import type { RequestInfo } from "./observability/request-info";
import { ANONYMOUS, type Viewer } from "./auth/viewer";
import { accessOf, type ViewerAccess } from "./visibility/viewer-access";

/** What every resolver receives: the data source, this request's own loaders and what it has done so far. */
export interface Context {
  ds: DataSource;
  loaders: LoaderRegistry;
  sqlStats: SqlStats;
  /** The request as the access log and the limits see it (id, cost, error codes). */
  request: RequestInfo;
  /** Who sent the request: anonymous, or the partner whose key it carried (src/auth/). */
  viewer: Viewer;
  /** What the viewer may read and write, reduced from its grants (src/visibility/). */
  access: ViewerAccess;
  /** Longest lifetime of a new API key (`API_KEY_MAX_DAYS`), for the admin API. */
  apiKeyMaxDays: number;
}

/** `ds` is the shared DataSource; the context holds the request's own view of it. */
export function createContext(ds: DataSource, request: RequestInfo, viewer: Viewer = ANONYMOUS, apiKeyMaxDays = 365): Context {
  const access = accessOf(viewer);
  const view = requestDataSource(ds, request.sql, access);
  return { ds: view, loaders: new LoaderRegistry(view, request.sql), sqlStats: request.sql, request, viewer, access, apiKeyMaxDays };
}
