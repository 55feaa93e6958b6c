import { Counter, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";
import { boundedOperationLabels } from "./operation-labels";
import { registerPoolMetrics } from "./pool-metrics";
import { processRegistry } from "./process-metrics";

/** How a GraphQL request ended, as the `outcome` label says it. */
export type Outcome = "ok" | "client_error" | "server_error" | "timeout" | "rate_limited" | "aborted";

/**
 * One server's metrics, in a registry of its own (tests run many servers in one process; the
 * global registry would mix them up). Other parts of the hub receive this object through the
 * server wiring, e.g. the rate limiter calls `metrics.rateLimited.inc()`.
 */
export interface HubMetrics {
  /** This server's own registry (register further server metrics here). */
  registry: Registry;
  /** What GET /metrics serves: the process metrics, then this server's. */
  exposition(): Promise<string>;
  requests: Counter<"operation" | "outcome">;
  duration: Histogram<"operation">;
  sqlStatements: Histogram;
  cost: Histogram;
  rateLimited: Counter;
  /** The `operation` label for an operation name (bounded cardinality). */
  operationLabel(name: string | undefined): string;
}

export function createMetrics(ds: DataSource): HubMetrics {
  const own = new Registry();
  const registers = [own];
  registerPoolMetrics(own, ds);
  return {
    registry: own,
    exposition: async () => `${await processRegistry().metrics()}\n${await own.metrics()}`,
    requests: new Counter({ name: "hub_graphql_requests_total", help: "GraphQL requests by operation name and outcome.", labelNames: ["operation", "outcome"], registers }),
    duration: new Histogram({
      name: "hub_graphql_request_duration_seconds",
      help: "Time from arrival to the last byte of the answer, by operation name.",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    sqlStatements: new Histogram({ name: "hub_graphql_request_sql_statements", help: "SQL statements one GraphQL request ran.", buckets: [0, 1, 2, 3, 5, 10, 20, 50, 100, 250], registers }),
    cost: new Histogram({ name: "hub_graphql_request_cost", help: "Cost points of each priced operation (extensions.cost.requested).", buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 50000], registers }),
    rateLimited: new Counter({ name: "hub_rate_limited_total", help: "Requests refused with 429 because the client's cost budget was spent.", registers }),
    operationLabel: boundedOperationLabels(),
  };
}
