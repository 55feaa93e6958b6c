import { Gauge, type Registry } from "prom-client";
import type { DataSource } from "typeorm";

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** TypeORM's pg pools: `master`, plus `slaves` when read replicas are configured. */
function pgPools(ds: DataSource): [string, PgPool][] {
  const driver = ds.driver as unknown as { master?: PgPool; slaves?: PgPool[] };
  const pools: [string, PgPool][] = driver.master ? [["primary", driver.master]] : [];
  driver.slaves?.forEach((pool, i) => pools.push([`replica-${i}`, pool]));
  return pools;
}

/**
 * Connection pool gauges, read when Prometheus scrapes: connections open and in use, the pool's
 * ceiling, and requests waiting for a connection (the first sign of a saturated or frozen
 * database). SQLite has one connection, reported as such.
 */
export function registerPoolMetrics(registry: Registry, ds: DataSource): void {
  const sqlite = ds.options.type === "better-sqlite3";
  const read = (pick: (pool: PgPool) => number) => (sqlite ? [] : pgPools(ds).map(([name, pool]) => [name, pick(pool)] as const));
  const gauge = (name: string, help: string, sqliteValue: number, pick: (pool: PgPool) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ["pool"],
      registers: [registry],
      collect() {
        this.reset();
        if (sqlite) this.set({ pool: "sqlite" }, ds.isInitialized ? sqliteValue : 0);
        for (const [pool, value] of read(pick)) this.set({ pool }, value);
      },
    });
  gauge("hub_db_pool_connections", "Database connections open.", 1, (p) => p.totalCount);
  gauge("hub_db_pool_connections_in_use", "Database connections running a statement or held by a transaction.", 0, (p) => p.totalCount - p.idleCount);
  gauge("hub_db_pool_max_connections", "Most connections the pool may open.", 1, (p) => p.options?.max ?? 10);
  gauge("hub_db_pool_waiting", "Requests waiting for a pooled connection.", 0, (p) => p.waitingCount);
}
