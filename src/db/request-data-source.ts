import { EntityManager, type DataSource, type QueryRunner } from "typeorm";
import { trackStatement, type SqlStats } from "./statement-counter";

/**
 * One request's view of the shared DataSource: the same connections, metadata and pool, but every
 * statement run through it (query builders, repositories, `query`, transactions) is counted into
 * and tracked by the request's own SqlStats. TypeORM builds every runner with `createQueryRunner`
 * on the DataSource it was given, and repositories reach it through their manager, so those two
 * are all the view overrides.
 */
export function requestDataSource(ds: DataSource, stats: SqlStats): DataSource {
  const view = Object.create(ds) as DataSource;
  Object.defineProperty(view, "createQueryRunner", { value: (mode?: "master" | "slave") => trackedRunner(view, ds.createQueryRunner(mode), stats) });
  Object.defineProperty(view, "manager", { value: new EntityManager(view) });
  return view;
}

/**
 * A runner whose `query` reports to `stats`. It delegates everything else to the driver's runner
 * by prototype, and runs the driver's `query` with itself as `this`, so the runner's own calls
 * (BEGIN, COMMIT, metadata queries) and its manager's (inside a transaction) are tracked too. A wrapper object, never a patch of the
 * driver's runner: better-sqlite3 hands the same runner to every request.
 */
function trackedRunner(view: DataSource, runner: QueryRunner, stats: SqlStats): QueryRunner {
  const tracked = Object.create(runner) as QueryRunner;
  const query = runner.query;
  Object.defineProperty(tracked, "query", {
    value: (...args: Parameters<QueryRunner["query"]>) => trackStatement(stats, args[0], args[1] as unknown[] | undefined, () => query.apply(tracked, args)),
  });
  // A transaction works through its runner's manager: that one must use this runner, not the driver's.
  new EntityManager(view, tracked); // assigns itself as `tracked.manager`
  return tracked;
}
