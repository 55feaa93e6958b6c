import { Router } from "express";
import type { DataSource } from "typeorm";

/** Liveness (the process answers) and readiness (the database answers), for load balancers. */
export function healthRoutes(ds: DataSource): Router {
  const router = Router();
  router.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/ready", async (_req, res) => {
    try {
      await ds.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });
  return router;
}
