import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDataSource } from "../../src/db/data-source";
import { prepareDatabase } from "../../src/db/prepare-database";
import { benchDatabase } from "../bench-database";
import { cannon } from "./cannon";
import { loadReport, type LoadCell } from "./load-report";
import { CHECK_ONLY_QUERIES, LOAD_QUERIES, partnerNestedOperation, requestBody } from "./partner-query";
import { answerSize, sameAnswer } from "./same-answer";
import { ServerProcess } from "./server-process";
import { shapeData } from "./shape-data";

/**
 * `npm run bench:load`: the hub against the physical limit on the partner's nested query.
 * Seeds a throwaway database (SQLite file, or PostgreSQL with BENCH_DATABASE_URL), grows it to
 * the usual GraphQL-over-SQL benchmark's shape (bench/load/shape-data.ts), starts the hub and
 * the raw-SQL endpoint (bench/load/raw-endpoint.ts) in child processes of their own, checks that
 * both give the same `data` for each query (the run stops otherwise), then keeps
 * BENCH_LOAD_CONNECTIONS requests in flight against each for BENCH_LOAD_SECONDS per cell, in
 * rotating order (hub, raw / raw, hub …) over BENCH_LOAD_ROUNDS rounds, and prints a markdown
 * report for bench/RESULTS.md. BENCH_LOAD_GC_TRACE=0 turns the allocation count off.
 */
const env = (name: string, fallback: number, min: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}`);
  return n;
};
const SECONDS = env("BENCH_LOAD_SECONDS", 10, 1);
const CONNECTIONS = env("BENCH_LOAD_CONNECTIONS", 10, 1);
const ROUNDS = env("BENCH_LOAD_ROUNDS", 2, 1);
const WARMUP_REQUESTS = 3;
const ALLOCATION_REQUESTS = 5;
const GC_TRACE = process.env.BENCH_LOAD_GC_TRACE !== "0";
/** The node flags of package.json's `start` script (the V8 heap settings operators run with). */
const START_NODE_FLAGS = (JSON.parse(fs.readFileSync(path.join(__dirname, "../../../package.json"), "utf8")).scripts.start as string).split(/\s+/).filter((word) => word.startsWith("--"));

const log = (line: string) => console.error(`[bench:load] ${line}`);

const post = (url: string, body: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json", "accept-encoding": "identity" }, body }).then((r) => r.text());

/**
 * Warms a server up on `body`, then reads the MiB it allocates per request over a few sequential
 * requests between two forced GCs. Measured apart from the load cells: there the requests the
 * load generator abandons at the end of a cell would be counted without being answered.
 */
async function allocationPerRequest(server: ServerProcess, body: string): Promise<number | null> {
  for (let i = 0; i < WARMUP_REQUESTS; i++) await post(server.url, body);
  if (!GC_TRACE) return null;
  await server.collect();
  const before = server.allocatedBytes;
  for (let i = 0; i < ALLOCATION_REQUESTS; i++) await post(server.url, body);
  await server.collect();
  return (server.allocatedBytes - before) / 2 ** 20 / ALLOCATION_REQUESTS;
}

async function main() {
  const started = performance.now();
  const { database, label, drop } = await benchDatabase();
  const servers: ServerProcess[] = [];
  try {
    const ds = createDataSource(database);
    await ds.initialize();
    await prepareDatabase(ds, { migrate: true, seed: true });
    const shapeStarted = performance.now();
    const counts = await shapeData(ds);
    await ds.destroy();
    const shape = `${counts.state} states, ${counts.network} networks, ${counts.network_membership} network memberships, ${counts.meeting} meetings, ${counts.meeting_participation} meeting participations (grown in ${((performance.now() - shapeStarted) / 1000).toFixed(1)} s, then ANALYZE)`;
    log(shape);

    const serverEnv = { BENCH_LOAD_DATABASE: JSON.stringify(database) };
    // The hub runs with the V8 flags `npm start` gives it (package.json), so its RSS is what operators see.
    const hub = new ServerProcess("hub", "hub-endpoint.js", serverEnv, GC_TRACE, START_NODE_FLAGS);
    const raw = new ServerProcess("raw", "raw-endpoint.js", serverEnv, GC_TRACE);
    servers.push(hub, raw);
    await Promise.all(servers.map((s) => s.start()));

    const operation = partnerNestedOperation();
    const queries = [];
    const verified: string[] = [];
    for (const q of CHECK_ONLY_QUERIES) {
      const answers = await sameAnswer(hub.url, raw.url, requestBody(operation, q.variables), q.name);
      verified.push(`${q.name} (not timed): ${answerSize(answers.hub.data)}`);
    }
    for (const q of LOAD_QUERIES) {
      const body = requestBody(operation, q.variables);
      const answers = await sameAnswer(hub.url, raw.url, body, q.name);
      verified.push(`${q.name}: ${answerSize(answers.hub.data)}; hub ${answers.hub.statements} statements`);
      log(`verified ${q.name}: ${answerSize(answers.hub.data)}`);
      const allocatedMb = new Map<ServerProcess, number | null>();
      for (const server of servers) allocatedMb.set(server, await allocationPerRequest(server, body));
      queries.push({ ...q, body, answers, allocatedMb });
    }

    const cells: LoadCell[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const q of queries) {
        for (const server of round % 2 === 1 ? [hub, raw] : [raw, hub]) {
          await Promise.all(servers.map((s) => s.waitIdle()));
          await server.collect();
          server.startRssWindow();
          const result = await cannon(server.url, q.body, SECONDS, CONNECTIONS);
          // Requests still running when the load generator stops belong to the cell's peak too.
          await server.waitIdle();
          const peakRssMb = server.endRssWindow();
          const answer = server === hub ? q.answers.hub : q.answers.raw;
          cells.push({
            round,
            query: q.name,
            server: server === hub ? "hub" : "raw",
            result,
            bodyBytes: answer.bytes,
            statements: server === hub ? answer.statements : 1,
            peakRssMb,
            allocatedMbPerRequest: q.allocatedMb.get(server) ?? null,
          });
          log(`round ${round}, ${q.name}, ${cells.at(-1)!.server}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.latencyP50} ms, ${result.errors} errors`);
        }
      }
    }

    const settings = `${CONNECTIONS} connections, ${SECONDS} s per cell, ${ROUNDS} rounds in rotating order, autocannon in its own process; ${WARMUP_REQUESTS} warm-up requests per server and query; peak RSS per server process (VmHWM during the cell); allocations per request from the GC trace over ${ALLOCATION_REQUESTS} sequential requests between forced GCs`;
    console.log(loadReport({ databaseLabel: label, shape, settings, verified, cells, seconds: (performance.now() - started) / 1000 }));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
