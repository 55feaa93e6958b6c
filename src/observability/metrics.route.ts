import { Router } from "express";
import type { HubMetrics } from "./metrics";

/** GET /metrics in Prometheus' text format (compressed like any other large answer). */
export function metricsRoute(metrics: HubMetrics): Router {
  const router = Router();
  router.get("/metrics", async (_req, res) => {
    res.setHeader("content-type", metrics.registry.contentType);
    res.send(await metrics.exposition());
  });
  return router;
}
