import { EntityManager, type DataSource, type QueryRunner } from "typeorm";
import { trackStatement, type SqlStats } from "./statement-counter";
import { guardStatement } from "../visibility/guard-statement";
import type { ViewerAccess } from "../visibility/viewer-access";

/**
 * One request's view of the shared DataSource: the same connections, metadata and pool, but every
 * statement run through it (query builders, repositories, `query`, transactions) is counted into
 * and tracked by the request's own SqlStats. TypeORM builds every runner with `createQueryRunner`
 * on the DataSource it was given, and repositories reach it through their manager, so those two
 * are all the view overrides. With `access`, every statement is first narrowed to the rows that
 * viewer may read (src/visibility/guard-statement.ts); without it (internal work) nothing is.
 */
export function requestDataSource(ds: DataSource, stats: SqlStats, access?: ViewerAccess): DataSource {
  const view = Object.create(ds) as DataSource;
  Object.defineProperty(view, "createQueryRunner", { value: (mode?: "master" | "slave") => trackedRunner(view, ds.createQueryRunner(mode), stats, access) });
  Object.defineProperty(view, "manager", { value: new EntityManager(view) });
  return view;
}

/**
 * A runner whose `query` reports to `stats`. It delegates everything else to the driver's runner
 * by prototype, and runs the driver's `query` with itself as `this`, so the runner's own calls
 * (BEGIN, COMMIT, metadata queries) and its manager's (inside a transaction) are tracked too. A wrapper object, never a patch of the
 * driver's runner: better-sqlite3 hands the same runner to every request.
 */
function trackedRunner(view: DataSource, runner: QueryRunner, stats: SqlStats, access: ViewerAccess | undefined): QueryRunner {
  const tracked = Object.create(runner) as QueryRunner;
  const query = runner.query;
  Object.defineProperty(tracked, "query", {
    value: (...args: Parameters<QueryRunner["query"]>) => {
      // The viewer's read guard (src/visibility/): every statement of a request passes here.
      if (access) args[0] = guardStatement(args[0], access);
      return trackStatement(stats, args[0], args[1] as unknown[] | undefined, () => query.apply(tracked, args));
    },
  });
  // A transaction works through its runner's manager: that one must use this runner, not the driver's.
  new EntityManager(view, tracked); // assigns itself as `tracked.manager`
  return tracked;
}
