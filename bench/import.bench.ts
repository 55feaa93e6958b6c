import "reflect-metadata";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config";
import { createDataSource } from "../src/db/data-source";
import { prepareDatabase } from "../src/db/prepare-database";
import { createHubServer } from "../src/server";
import { KeyStore } from "../src/auth/key-store";
import { IMPORT_HEADER, IMPORT_TIMEOUT_MS } from "../src/imports/import-limits";
import { benchDatabase } from "./bench-database";
import { treatyActionBatch } from "./import-batch.data";

/**
 * Times bulk imports (issue 10 §5) over real HTTP against an in-process hub with the default
 * limits: BENCH_IMPORT_RECORDS (10,000) treaty actions as CSV and as JSON, each as a dry run and
 * then for real, by a partner key, one request at a time. Records/s is records / wall time of the
 * request (parse, checks, every write, change log, search entries, commit).
 *
 * Usage: npm run bench:import   (a temporary SQLite file)
 *        BENCH_DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench:import
 */
const COUNT = Number(process.env.BENCH_IMPORT_RECORDS ?? 10_000);
const QUERY = `mutation($kind: String!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {
  importRecords(kind: $kind, format: $format, data: $data, dryRun: $dryRun) { applied recordCount createdCount elapsedMs problems { position path message } }
}`;

interface Row {
  run: string;
  ms: number;
  serverMs: number;
  statements: number;
  bodyBytes: number;
}

async function main() {
  const { database, label, drop } = await benchDatabase();
  const ds = createDataSource(database);
  await ds.initialize();
  await prepareDatabase(ds, { migrate: true, seed: true });
  const defaults = loadConfig({});
  // No request deadline: the bench measures how long an import takes, even past IMPORT_TIMEOUT_MS (the table says whether it fits).
  const config = { ...defaults, database, exposeSqlStats: true, landingPage: false, logLevel: "silent", requestTimeoutMs: 0, rateLimit: { ...defaults.rateLimit, enabled: false } };
  const server = await createHubServer(ds, config);
  const url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}/graphql`;
  const { token } = await new KeyStore(ds, 365).createKey({ partner: "org:gcr2p", role: "ADMIN", label: "bench import" });
  const rows: Row[] = [];
  try {
    // Two distinct batches (CSV, then JSON): the second must not repeat the first's actions.
    const csvBatch = await treatyActionBatch(ds, COUNT, "csv");
    const jsonBatch = await treatyActionBatch(ds, COUNT, "json");
    jsonBatch.records.forEach((r) => (r.date = r.date.replace(/^19/, "20")));
    const runs: [string, string, string, boolean][] = [
      ["CSV, dry run", "CSV", csvBatch.csv, true],
      ["CSV, real", "CSV", csvBatch.csv, false],
      ["JSON, dry run", "JSON", JSON.stringify(jsonBatch.records), true],
      ["JSON, real", "JSON", JSON.stringify(jsonBatch.records), false],
    ];
    for (const [name, format, data, dryRun] of runs) {
      const body = JSON.stringify({ query: QUERY, variables: { kind: "treatyAction", format, data, dryRun } });
      const started = performance.now();
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}`, [IMPORT_HEADER]: "true" }, body });
      const answer = (await res.json()) as any;
      const ms = performance.now() - started;
      const report = answer.data?.importRecords;
      if (!report || report.problems.length || report.applied === dryRun) throw new Error(`${name} failed: ${JSON.stringify(answer).slice(0, 1000)}`);
      rows.push({ run: name, ms, serverMs: report.elapsedMs, statements: answer.extensions?.sql?.statements ?? -1, bodyBytes: Buffer.byteLength(body) });
      console.error(`${name}: ${(ms / 1000).toFixed(1)} s`);
    }
  } finally {
    await server.stop();
    await ds.destroy();
    await drop();
  }
  const cpus = os.cpus();
  console.log(`# Bulk import: ${new Date().toISOString().slice(0, 10)}`);
  console.log(`\nMachine: ${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, load average ${os.loadavg()[0].toFixed(1)}, Node ${process.version}`);
  console.log(`Database: ${label}. ${COUNT} treaty actions (each with one new source) per import, over HTTP.\n`);
  console.log(`| import | wall s | server s | records/s | SQL statements | body | within IMPORT_TIMEOUT_MS (${IMPORT_TIMEOUT_MS / 1000} s) |`);
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (const r of rows) {
    console.log(`| ${r.run} | ${(r.ms / 1000).toFixed(1)} | ${(r.serverMs / 1000).toFixed(1)} | ${Math.round(COUNT / (r.ms / 1000))} | ${r.statements} | ${(r.bodyBytes / 2 ** 20).toFixed(2)} MiB | ${r.serverMs <= IMPORT_TIMEOUT_MS ? "yes" : "no"} |`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
