import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { createDataSource } from "../src/db/data-source";
import { prepareDatabase } from "../src/db/prepare-database";
import { benchDatabase } from "./bench-database";
import { ChildServer, startNodeFlags } from "./gateway/child-server";
import { hopReport, type HubRow } from "./gateway/hop-report";
import { concurrent, sequential, summarize } from "./gateway/latency";
import { exampleOperation } from "./gateway/operation-text";
import { answerSize, ask, firstDifference } from "./load/same-answer";

/**
 * `npm run bench:gateway`: the latency the gateway adds, on the partner's nested query.
 *
 * Seeds a throwaway database (a temporary SQLite file, or a new database on BENCH_DATABASE_URL's
 * PostgreSQL server, dropped afterwards: bench/bench-database.ts) and starts, each in a process of
 * its own, as `npm start` runs it (dist/src/main.js, its node flags, env configuration only, rate
 * limit off, logs at warn, the other limits at their defaults):
 *   - "plain": the hub without partners, its Federation subgraph on /graphql (EXECUTOR=jit, the default);
 *   - "plain (graphql-js)": the same with EXECUTOR=graphql-js, the executor gateway mode uses, so
 *     the hop can be told apart from the executor (BENCH_GATEWAY_SAME_EXECUTOR=0 leaves it out);
 *   - the example partner subgraph (examples/partner-subgraph) as a real HTTP server;
 *   - "gateway": a hub with PARTNER_SUBGRAPHS pointing at it, serving the composed supergraph.
 * It checks the `data` of `PartnerNested` (examples/operations.graphql, as in the file, default
 * variables) is identical on every hub, warms each up, then times BENCH_GATEWAY_RUNS sequential
 * requests per hub in turns of 25 in rotating order, then keeps BENCH_GATEWAY_CONNECTIONS
 * requests in flight with autocannon for BENCH_GATEWAY_SECONDS per hub and round
 * (BENCH_GATEWAY_ROUNDS rounds, rotating order). Last, a cross-boundary operation
 * (`StateWithMechanisms`, examples/federation.graphql) through the gateway, sequential, p50.
 * Prints a markdown report for bench/RESULTS.md on stdout; progress on stderr.
 */
const env = (name: string, fallback: number, min: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min}`);
  return n;
};
const WARMUP = env("BENCH_GATEWAY_WARMUP", 50, 0);
const RUNS = env("BENCH_GATEWAY_RUNS", 500, 1);
const CONNECTIONS = env("BENCH_GATEWAY_CONNECTIONS", 10, 1);
const SECONDS = env("BENCH_GATEWAY_SECONDS", 5, 1);
const ROUNDS = env("BENCH_GATEWAY_ROUNDS", 4, 1);
const CROSS_RUNS = env("BENCH_GATEWAY_CROSS_RUNS", 200, 0);
const SAME_EXECUTOR = process.env.BENCH_GATEWAY_SAME_EXECUTOR !== "0";
/** Sequential requests per hub before the next hub's turn: short turns spread any background load evenly over the hubs. */
const BLOCK = 25;

const log = (line: string) => console.error(`[bench:gateway] ${line}`);

/** Environment of every hub process: the prepared database as is, no rate limit, quiet logs, SQL statement counts in the answers. */
const hubEnv = (databaseUrl: string, extra: Record<string, string> = {}) => ({
  DATABASE_URL: databaseUrl,
  MIGRATE_ON_START: "false",
  SEED_ON_START: "false",
  RATE_LIMIT: "false",
  LOG_LEVEL: "warn",
  EXPOSE_SQL_STATS: "true",
  LANDING_PAGE: "false",
  METRICS: "false",
  ...extra,
});

async function main() {
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  const { database, label, drop } = await benchDatabase();
  const children: ChildServer[] = [];
  try {
    const ds = createDataSource(database);
    await ds.initialize();
    await prepareDatabase(ds, { migrate: true, seed: true });
    await ds.destroy();
    const databaseUrl = database.type === "sqlite" ? `sqlite:${database.path}` : database.url;
    log(`seeded: ${label}`);

    const flags = startNodeFlags();
    const partner = new ChildServer("partner", "examples/partner-subgraph/server.js", {});
    children.push(partner);
    await partner.start("/", false);
    const hubs: { server: ChildServer; description: string }[] = [
      { server: new ChildServer("plain", "src/main.js", hubEnv(databaseUrl), flags), description: "the hub without partners (its subgraph on /graphql), EXECUTOR=jit (the default)" },
      ...(SAME_EXECUTOR
        ? [{ server: new ChildServer("plain (graphql-js)", "src/main.js", hubEnv(databaseUrl, { EXECUTOR: "graphql-js" }), flags), description: "the same with EXECUTOR=graphql-js, the executor gateway mode runs on" }]
        : []),
      {
        // No polling during the run: a poll every SUPERGRAPH_POLL_INTERVAL_MS would be timed as noise.
        server: new ChildServer("gateway", "src/main.js", hubEnv(databaseUrl, { PARTNER_SUBGRAPHS: `registry=${partner.origin}/`, SUPERGRAPH_POLL_INTERVAL_MS: "0" }), flags),
        description: `gateway mode: PARTNER_SUBGRAPHS=registry=<the partner's URL> (SUPERGRAPH_POLL_INTERVAL_MS=0), the hub's own subgraph in process, @apollo/gateway's planner and executor`,
      },
    ];
    children.push(...hubs.map((h) => h.server));
    await Promise.all(hubs.map((h) => h.server.start("/ready", true)));
    log(`started: partner at ${partner.origin}/, ${hubs.map((h) => `${h.server.name} at ${h.server.graphqlUrl}`).join(", ")}`);

    const nested = exampleOperation("operations.graphql", "PartnerNested");
    const verified: string[] = [];
    const answers = await Promise.all(hubs.map((h) => ask(h.server.graphqlUrl, nested.body, h.server.name)));
    for (let i = 1; i < answers.length; i++) {
      const difference = firstDifference(answers[0].data, answers[i].data);
      if (difference) throw new Error(`PartnerNested: ${hubs[i].server.name}'s data differs from plain's at ${difference}`);
    }
    verified.push(
      `\`PartnerNested\` (examples/operations.graphql, default variables 5/10/3/10) gives identical \`data\` on every hub: ${answerSize(answers[0].data)}, ` +
        `${(answers[0].bytes / 1024).toFixed(1)} KiB; SQL statements per request ${hubs.map((h, i) => `${h.server.name} ${answers[i].statements}`).join(", ")}`,
    );
    log(verified[0]);

    for (const h of hubs) await sequential(h.server.graphqlUrl, nested.body, WARMUP, h.server.name);
    const seqLatencies = new Map<ChildServer, number[]>(hubs.map((h) => [h.server, []]));
    // CPU time each hub process spends per request: far less sensitive than latency to other work on the machine.
    const seqCpu = new Map<ChildServer, number>(hubs.map((h) => [h.server, 0]));
    for (let block = 0; block * BLOCK < RUNS; block++) {
      const order = block % 2 === 0 ? hubs : [...hubs].reverse();
      for (const h of order) {
        const cpuBefore = h.server.cpuMs() ?? 0;
        seqLatencies.get(h.server)!.push(...(await sequential(h.server.graphqlUrl, nested.body, Math.min(BLOCK, RUNS - block * BLOCK), h.server.name)));
        seqCpu.set(h.server, seqCpu.get(h.server)! + (h.server.cpuMs() ?? 0) - cpuBefore);
      }
    }
    for (const h of hubs) log(`sequential ${h.server.name}: p50 ${summarize(seqLatencies.get(h.server)!, 1).p50.toFixed(2)} ms`);

    const conc = new Map<ChildServer, { latencies: number[]; seconds: number; rounds: number[]; errors: number; cpuMs: number }>(hubs.map((h) => [h.server, { latencies: [], seconds: 0, rounds: [], errors: 0, cpuMs: 0 }]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const h of round % 2 === 1 ? hubs : [...hubs].reverse()) {
        await Promise.all(children.map((c) => c.waitIdle()));
        const cpuBefore = h.server.cpuMs() ?? 0;
        const run = await concurrent(h.server.graphqlUrl, nested.body, CONNECTIONS, SECONDS);
        // Requests still running when autocannon stops are paid for too (a few out of hundreds).
        await h.server.waitIdle();
        const cell = conc.get(h.server)!;
        cell.cpuMs += (h.server.cpuMs() ?? 0) - cpuBefore;
        cell.latencies.push(...run.latencies);
        cell.seconds += run.seconds;
        cell.rounds.push(run.latencies.length / run.seconds);
        cell.errors += run.errors;
        log(`round ${round}, ${h.server.name}: ${(run.latencies.length / run.seconds).toFixed(1)} req/s, ${run.errors} errors`);
      }
    }
    await Promise.all(children.map((c) => c.waitIdle()));

    const rows: HubRow[] = hubs.map((h) => {
      const seq = seqLatencies.get(h.server)!;
      const cell = conc.get(h.server)!;
      return {
        hub: h.server.name,
        description: h.description,
        sequential: summarize(seq, seq.reduce((a, b) => a + b, 0) / 1000),
        concurrent: summarize(cell.latencies, cell.seconds),
        concurrentLabel: `${CONNECTIONS} connections`,
        concurrentRounds: cell.rounds,
        concurrentErrors: cell.errors,
        cpuMsPerRequest: h.server.cpuMs() == null ? null : { sequential: seqCpu.get(h.server)! / seq.length, concurrent: cell.cpuMs / Math.max(1, cell.latencies.length) },
      };
    });

    let crossBoundary;
    if (CROSS_RUNS > 0) {
      const gateway = hubs.at(-1)!.server;
      const cross = exampleOperation("federation.graphql", "StateWithMechanisms");
      const answer = await ask(gateway.graphqlUrl, cross.body, "gateway (StateWithMechanisms)");
      const state = (answer.data as { state: { alpha3: string; preventionMechanisms: unknown[] | null } }).state;
      if (!state?.preventionMechanisms?.length) throw new Error(`StateWithMechanisms: no mechanisms from the partner: ${JSON.stringify(answer.data)}`);
      await sequential(gateway.graphqlUrl, cross.body, WARMUP, "gateway (StateWithMechanisms)");
      const latencies = await sequential(gateway.graphqlUrl, cross.body, CROSS_RUNS, "gateway (StateWithMechanisms)");
      crossBoundary = {
        name: "StateWithMechanisms",
        runs: CROSS_RUNS,
        p50: summarize(latencies, 1).p50,
        note: `default variables: ${state.alpha3} with ${state.preventionMechanisms.length} mechanisms; one hub fetch, then one _entities request to the partner; ${answer.statements} SQL statements`,
      };
    }

    const settings = [
      `Database: ${label}, migrated and seeded (seed data, not grown)`,
      `Processes: each hub and the partner in its own process (dist/src/main.js with \`npm start\`'s node flags \`${flags.join(" ")}\`; the partner is dist/examples/partner-subgraph/server.js); RATE_LIMIT=false, LOG_LEVEL=warn, EXPOSE_SQL_STATS=true, METRICS=false, other limits at their defaults; requests over HTTP/1.1 keep-alive on 127.0.0.1, no compression`,
      `Sequential: ${WARMUP} warm-up requests per hub, then ${RUNS} per hub in blocks of ${BLOCK}, hubs in rotating order, from this process with fetch; req/s = 1 / mean latency`,
      `Background: 1-minute load average ${loadBefore.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end of the run (${os.availableParallelism()} cores)`,
      `Concurrent: autocannon (in this process) with ${CONNECTIONS} connections, ${SECONDS} s per hub and round, ${ROUNDS} round(s) in rotating order, each cell after every process went idle; percentiles over every answer of all rounds; req/s = answers / seconds (per round in brackets)`,
      `CPU ms / request: user + system time of the hub's process (/proc, 10 ms ticks) over its sequential turns, or over its concurrent cells until it was idle again, divided by its answers`,
    ];
    console.log(hopReport({ databaseLabel: label, settings, verified, rows, plain: 0, plainSameExecutor: SAME_EXECUTOR ? 1 : undefined, gateway: rows.length - 1, crossBoundary, seconds: (performance.now() - started) / 1000 }));
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
