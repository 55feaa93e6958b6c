import "reflect-metadata";
import os from "node:os";
import v8 from "node:v8";
import vm from "node:vm";
import { loadConfig, type Config } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { prepareDatabase } from "../src/db/prepare-database";
import { createHubServer } from "../src/server";
import { benchDatabase } from "./bench-database";
import { rssUnderLoad, type LoadRss } from "./load-rss";
import { NESTED_STATE_MEETINGS } from "./soak-mix";
import { Soak } from "./soak-runner";
import { soakProblems, type SoakBlockRow, type SoakLimits } from "./soak-verdict";

/**
 * Sustained traffic against a fresh in-process hub: SOAK_REQUESTS requests (default 21,000: a
 * warm-up block and 20,000 measured) of the mix in bench/soak-mix.ts over real HTTP, with
 * SOAK_CONCURRENCY in flight, in blocks of SOAK_BLOCK. Every answer is checked. Then RSS under
 * SOAK_LOAD_CONNECTIONS connections (autocannon) of a nested query (a state → its meetings → their
 * participants) for SOAK_LOAD_SECONDS (0 skips it). Exits 1 when a request fails, when latency or
 * memory grows (bench/soak-verdict.ts), or when a request under load fails.
 *
 * Usage: npm run soak   (a temporary SQLite file)
 *        BENCH_DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run soak   (a throwaway database)
 */
const env = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
};
const REQUESTS = env("SOAK_REQUESTS", 21_000);
const CONCURRENCY = Math.max(1, env("SOAK_CONCURRENCY", 8));
const BLOCK = Math.max(1, env("SOAK_BLOCK", 1_000));
const LOAD_SECONDS = env("SOAK_LOAD_SECONDS", 15);
const LOAD_CONNECTIONS = Math.max(1, env("SOAK_LOAD_CONNECTIONS", 10));
const LIMITS: SoakLimits = { latencyFactor: 1.3, memoryGrowth: 0.1 };

// RSS is compared after a full GC, so garbage not yet collected does not read as growth.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const mb = () => {
  const m = process.memoryUsage();
  return { rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 };
};

function blockTable(rows: SoakBlockRow[]): string {
  return [
    "| block | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | RSS MB | heap MB | errors |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.index}${r.warmup ? " (warm-up)" : ""} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.rssMb.toFixed(0)} | ${r.heapMb.toFixed(0)} | ${r.failures.length} |`,
    ),
  ].join("\n");
}

function loadTable(load: LoadRss): string {
  return [
    "| load | requests | req/s | p50 ms | p99 ms | errors | RSS before MB | RSS peak MB | RSS after MB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| state → meetings → participants, ${load.connections} connections, ${load.seconds} s | ${load.requests} | ${load.requestsPerSecond.toFixed(1)} | ${load.latencyP50} | ${load.latencyP99} | ${load.errors} | ${load.rssBeforeMb.toFixed(0)} | ${load.rssPeakMb.toFixed(0)} | ${load.rssAfterMb.toFixed(0)} |`,
  ].join("\n");
}

async function main(): Promise<number> {
  const started = Date.now();
  const { database, label, drop } = await benchDatabase();
  const ds = createDataSource(database);
  await ds.initialize();
  await prepareDatabase(ds, { migrate: true, seed: true });
  const config: Config = {
    ...loadConfig({}),
    database,
    exposeSqlStats: true,
    landingPage: false,
    logLevel: "silent",
    rateLimit: { enabled: false, points: 0, windowSeconds: 60 },
  };
  const server = await createHubServer(ds, config);
  const url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}/graphql`;
  const rows: SoakBlockRow[] = [];
  let load: LoadRss | undefined;
  let soak: Soak;
  try {
    soak = await Soak.prepare(url);
    for (let sent = 0, index = 0; sent < REQUESTS; sent += BLOCK, index++) {
      const result = await soak.runBlock(Math.min(BLOCK, REQUESTS - sent), CONCURRENCY);
      gc();
      const row = { ...result, index, warmup: index === 0, ...mb() };
      rows.push(row);
      console.error(`block ${index}: p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, RSS ${row.rssMb.toFixed(0)} MB, ${row.failures.length} errors`);
    }
    if (LOAD_SECONDS > 0) load = await rssUnderLoad(url, NESTED_STATE_MEETINGS, LOAD_SECONDS, LOAD_CONNECTIONS, gc);
  } finally {
    await server.stop();
    await ds.destroy();
    await drop();
  }

  const problems = soakProblems(rows, LIMITS);
  if (load?.errors) problems.push(`${load.errors} requests failed under load (non-2xx, errors or timeouts)`);
  const cpus = os.cpus();
  console.log(`## Soak: ${label}\n`);
  console.log(`${new Date().toISOString().slice(0, 10)}, ${cpus.length} × ${cpus[0]?.model ?? "CPU"}, Node ${process.version}.`);
  console.log(
    `${REQUESTS} requests in blocks of ${BLOCK}, ${CONCURRENCY} in flight, over HTTP on 127.0.0.1; a round of the mix is ${soak.roundSize} requests of ${soak.cases.length} kinds ` +
      `(bench/soak-mix.ts). Latency as the client sees it; RSS and heap of the whole process (hub and soak client) after a full GC at the end of each block.\n`,
  );
  console.log(blockTable(rows));
  if (load) console.log(`\n${loadTable(load)}`);
  console.log(`\nWhole run: ${((Date.now() - started) / 1000).toFixed(0)} s. Verdict: ${problems.length ? `FAILED\n- ${problems.join("\n- ")}` : "passed (flat latency, no errors, no memory growth)"}`);
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
