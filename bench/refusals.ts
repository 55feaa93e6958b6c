import "reflect-metadata";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { prepareDatabase } from "../src/db/prepare-database";
import { createHubServer } from "../src/server";
import { ABUSE_CASES } from "./abuse-cases";
import { benchDatabase } from "./bench-database";

/**
 * How fast the hub refuses each abusive operation of bench/abuse-cases.ts, and how long a trivial
 * query waits while 10 of them arrive at once. Prints a markdown table for bench/RESULTS.md.
 *
 * Usage: npm run bench:refusals   (SQLite; BENCH_DATABASE_URL=postgres://…/postgres for PostgreSQL)
 */
const REPEATS = 20;
const TRIVIAL = `{ state(code: "GH") { name } }`;

async function main(): Promise<void> {
  const { database, label, drop } = await benchDatabase();
  const ds = createDataSource(database);
  await ds.initialize();
  await prepareDatabase(ds, { migrate: true, seed: true });
  const defaults = loadConfig({});
  const server = await createHubServer(ds, { ...defaults, database, logLevel: "silent", rateLimit: { ...defaults.rateLimit, enabled: false } });
  const url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}/graphql`;
  const send = async (query: string, variables?: Record<string, unknown>) => {
    const started = performance.now();
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string; limit?: string; value?: number } }[] };
    return { ms: performance.now() - started, status: res.status, error: body.errors?.[0]?.extensions };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  console.log(`Refusals on ${label}, ${REPEATS} sequential tries each (median), then 10 at once with a trivial query among them.\n`);
  console.log("| operation | bytes | refused with | measured | refusal p50 ms | 10 at once: trivial query ms |");
  console.log("|---|---:|---|---:|---:|---:|");
  for (const c of ABUSE_CASES) {
    const times: number[] = [];
    let last = await send(c.query, c.variables);
    for (let i = 0; i < REPEATS; i++) times.push((last = await send(c.query, c.variables)).ms);
    const burst = Array.from({ length: 10 }, () => send(c.query, c.variables));
    const trivial = await send(TRIVIAL);
    await Promise.all(burst);
    const refusedWith = `${last.status} ${last.error?.code} (${last.error?.limit})`;
    console.log(`| ${c.name} | ${Buffer.byteLength(c.query)} | ${refusedWith} | ${last.error?.value ?? ""} | ${median(times).toFixed(1)} | ${trivial.ms.toFixed(1)} |`);
  }
  await server.stop();
  await ds.destroy();
  await drop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
