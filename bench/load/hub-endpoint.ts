import "reflect-metadata";
import { loadConfig, type Config } from "../../src/config";
import { createDataSource } from "../../src/db/data-source";
import { createHubServer } from "../../src/server";
import { announceReady, databaseFromEnv, runChild } from "./child-control";

/**
 * The hub as the load benchmark runs it, in a child process of its own (bench/load/load.ts): the
 * database the parent prepared, no migration or seeding, SQL statement counts in
 * `extensions.sql`, and the limits that would refuse the heavy query lifted as in
 * bench/nested-query.bench.ts (cost, result nodes, rate limit). The request deadline is raised
 * too: under 10 concurrent heavy requests a slow hub should show up as latency, not as errors.
 */
export function benchHubConfig(database: Config["database"]): Config {
  const defaults = loadConfig({});
  return {
    ...defaults,
    database,
    migrateOnStart: false,
    seedOnStart: false,
    exposeSqlStats: true,
    landingPage: false,
    logLevel: "silent",
    limits: { ...defaults.limits, maxCost: 1e9, maxResultNodes: 1e9, requestTimeoutMs: 120_000 },
    rateLimit: { ...defaults.rateLimit, enabled: false },
  };
}

if (require.main === module) {
  runChild(async () => {
    const config = benchHubConfig(databaseFromEnv());
    const ds = createDataSource(config.database);
    await ds.initialize();
    const server = await createHubServer(ds, config);
    announceReady(await server.listen(0, "127.0.0.1"));
  });
}
