import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { DataSource } from "typeorm";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { prepareDatabase } from "../src/db/prepare-database";
import { createHubServer } from "../src/server";
import { growData } from "./grow-data";
import { BENCH_QUERIES } from "./queries";
import { benchDatabase } from "./bench-database";

/**
 * Times representative queries over real HTTP against an in-process hub on a temporary seeded
 * SQLite file, at the seed size and after growing the edge tables 2x and 4x. Requests are sent one
 * at a time on localhost, so latency is the server's work plus loopback; requests/s is 1 / mean.
 * Each cell runs at most MAX_RUNS requests or for at most CELL_BUDGET_MS, whichever ends first
 * (with at least MIN_RUNS), which keeps a whole run under a minute on 2 cores.
 *
 * Usage: npm run bench   (BENCH_MAX_RUNS / BENCH_CELL_MS override the bounds)
 *        BENCH_DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench   runs it on
 *        PostgreSQL instead, in a throwaway database created on that server and dropped afterwards.
 */
const MAX_RUNS = Number(process.env.BENCH_MAX_RUNS ?? 200);
const MIN_RUNS = 5;
const WARMUP_RUNS = 3;
const CELL_BUDGET_MS = Number(process.env.BENCH_CELL_MS ?? 2500);

interface Cell {
  size: string;
  query: string;
  runs: number;
  p50: number;
  p95: number;
  rps: number;
  statements: string;
  bytes: number;
}

async function post(url: string, query: string) {
  const started = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const text = await res.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text) as { errors?: { message: string }[]; extensions?: { sql?: { statements: number } } };
  if (res.status !== 200 || body.errors) throw new Error(`query failed (${res.status}): ${JSON.stringify(body.errors)}`);
  return { ms, bytes: Buffer.byteLength(text), statements: body.extensions?.sql?.statements ?? -1 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(url: string, size: string, name: string, query: string): Promise<Cell> {
  for (let i = 0; i < WARMUP_RUNS; i++) await post(url, query);
  const times: number[] = [];
  const statements = new Set<number>();
  let bytes = 0;
  const started = performance.now();
  while (times.length < MAX_RUNS && (times.length < MIN_RUNS || performance.now() - started < CELL_BUDGET_MS)) {
    const r = await post(url, query);
    times.push(r.ms);
    statements.add(r.statements);
    bytes = r.bytes;
  }
  const total = performance.now() - started;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    size,
    query: name,
    runs: times.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    rps: times.length / (total / 1000),
    // A set, so a statement count that varied between identical requests would show.
    statements: [...statements].join("/"),
    bytes,
  };
}

function table(cells: Cell[]): string {
  const kb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);
  const lines = [
    "| data | query | runs | p50 ms | p95 ms | req/s | SQL statements / request | response |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...cells.map((c) => `| ${c.size} | ${c.query} | ${c.runs} | ${c.p50.toFixed(1)} | ${c.p95.toFixed(1)} | ${c.rps.toFixed(1)} | ${c.statements} | ${kb(c.bytes)} |`),
  ];
  return lines.join("\n");
}

async function rowCount(ds: DataSource, table: string): Promise<number> {
  const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(n);
}

async function main() {
  const runStarted = performance.now();
  const { database, label: databaseLabel, drop } = await benchDatabase();
  const ds = createDataSource(database);
  await ds.initialize();
  await prepareDatabase(ds, { migrate: true, seed: true });
  const defaults = loadConfig({});
  // The benchmark measures execution: unpaged nested lists are priced far above the default limits.
  const config = { ...defaults, database, exposeSqlStats: true, landingPage: false, logLevel: "silent", limits: { ...defaults.limits, maxCost: 1e9, maxResultNodes: 1e9 }, rateLimit: { ...defaults.rateLimit, enabled: false } };
  const server = await createHubServer(ds, config);
  const port = await server.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/graphql`;

  const cells: Cell[] = [];
  const sizes: string[] = [];
  try {
    for (const [label, growBy] of [["seed (1x)", 1], ["2x", 2], ["4x", 2]] as const) {
      if (growBy > 1) await growData(ds, growBy); // 1x → 2x → 4x: each step doubles the edge tables
      sizes.push(
        `${label}: ${await rowCount(ds, "network_membership")} network memberships, ${await rowCount(ds, "meeting_participation")} meeting participations, ` +
          `${await rowCount(ds, "regional_group_membership")} regional-group places, ${await rowCount(ds, "treaty_action")} treaty actions`,
      );
      for (const q of BENCH_QUERIES) cells.push(await measure(url, label, q.name, q.query));
    }
  } finally {
    await server.stop();
    await ds.destroy();
    await drop();
  }

  const cpus = os.cpus();
  console.log(`# Benchmark: ${new Date().toISOString().slice(0, 10)}`);
  console.log(`\nMachine: ${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`);
  console.log(`Database: ${databaseLabel}; requests sequential over HTTP on 127.0.0.1.`);
  console.log(`\nData sizes:\n${sizes.map((s) => `- ${s}`).join("\n")}\n`);
  console.log(table(cells));
  console.log(`\nWhole run: ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
