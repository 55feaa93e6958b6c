import { Router } from "express";
import type { DataSource } from "typeorm";
import { databaseFaultDefaults, type DatabaseConfig } from "./config";
import { pingDatabase } from "./db/ping-database";
import { DATABASE_RETRY_AFTER_SECONDS } from "./db/database-unavailable";
import type { SubgraphStatuses } from "./federation/subgraph-status";

/**
 * Liveness (the process answers) and readiness (the database answers), for load balancers.
 * /ready never hangs on a frozen database: it answers 503 once the database has not answered
 * within the time a statement may wait for a connection (the acquire timeout, or the connect
 * timeout if longer; on SQLite the busy timeout). In gateway mode it also lists each subgraph's
 * state, for people: a partner's outage is answered as partial data and never makes the hub unready.
 */
export function healthRoutes(ds: DataSource, db?: DatabaseConfig, subgraphs?: SubgraphStatuses): Router {
  const router = Router();
  const defaults = databaseFaultDefaults(db?.type ?? (ds.options.type === "postgres" ? "postgres" : "sqlite"));
  const acquire = db?.acquireTimeoutMs ?? defaults.acquireTimeoutMs;
  const readyTimeoutMs = ds.options.type === "postgres" ? Math.max(acquire, db?.connectTimeoutMs ?? defaults.connectTimeoutMs) : acquire;
  router.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/ready", async (_req, res) => {
    try {
      await pingDatabase(ds, readyTimeoutMs);
      res.json({ status: "ready", ...(subgraphs ? { subgraphs: subgraphs.snapshot() } : {}) });
    } catch {
      res.status(503).set("retry-after", String(DATABASE_RETRY_AFTER_SECONDS)).json({ status: "unavailable", ...(subgraphs ? { subgraphs: subgraphs.snapshot() } : {}) });
    }
  });
  return router;
}
