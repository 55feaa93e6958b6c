import os from "node:os";
import { gitState } from "../process-info";
import type { CannonResult } from "./cannon";

/** One measured cell: one server answering one query for the configured seconds. */
export interface LoadCell {
  round: number;
  query: string;
  server: "hub" | "raw";
  result: CannonResult;
  /** Size of the JSON answer, from the verification request. */
  bodyBytes: number;
  statements: number | null;
  peakRssMb: number | null;
  allocatedMbPerRequest: number | null;
}

const fixed = (n: number | null, digits = 1) => (n == null ? "n/a" : n.toFixed(digits));
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;


export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

export function cellTable(cells: LoadCell[]): string {
  return [
    "| round | query | server | requests | req/s | p50 ms | p99 ms | answer | SQL statements / request | peak RSS MB | MiB allocated / request | errors |",
    "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...cells.map(
      (c) =>
        `| ${c.round} | ${c.query} | ${c.server} | ${c.result.requests} | ${fixed(c.result.requestsPerSecond)} | ${fixed(c.result.latencyP50, 0)} | ${fixed(c.result.latencyP99, 0)} | ${kib(c.bodyBytes)} | ${c.statements ?? "n/a"} | ${fixed(c.peakRssMb, 0)} | ${fixed(c.allocatedMbPerRequest)} | ${c.result.errors} |`,
    ),
  ].join("\n");
}

/** hub ÷ raw within each round, where both ran back to back on the same machine state. */
export function ratioTable(cells: LoadCell[]): string {
  const rows: string[] = [];
  for (const hub of cells.filter((c) => c.server === "hub")) {
    const raw = cells.find((c) => c.server === "raw" && c.round === hub.round && c.query === hub.query);
    if (!raw) continue;
    const ratio = raw.result.requestsPerSecond ? hub.result.requestsPerSecond / raw.result.requestsPerSecond : NaN;
    const p50 = raw.result.latencyP50 ? hub.result.latencyP50 / raw.result.latencyP50 : NaN;
    rows.push(`| ${hub.round} | ${hub.query} | ${fixed(hub.result.requestsPerSecond)} | ${fixed(raw.result.requestsPerSecond)} | **${ratio.toFixed(2)}×** | ${p50.toFixed(1)}× | ${fixed(hub.peakRssMb, 0)} / ${fixed(raw.peakRssMb, 0)} |`);
  }
  return ["| round | query | hub req/s | raw req/s | hub ÷ raw (throughput) | hub ÷ raw (p50) | peak RSS MB hub / raw |", "|---:|---|---:|---:|---:|---:|---:|", ...rows].join("\n");
}

export interface LoadRunInfo {
  databaseLabel: string;
  shape: string;
  settings: string;
  verified: string[];
  cells: LoadCell[];
  seconds: number;
}

export function loadReport(run: LoadRunInfo): string {
  return [
    `## Load: PartnerNested, hub vs raw SQL — ${run.databaseLabel}`,
    "",
    `- Date: ${new Date().toISOString().replace("T", " ").slice(0, 16)} UTC; hub at ${gitState()}`,
    `- Machine: ${machineLine()}`,
    `- Database: ${run.databaseLabel}`,
    `- Data: ${run.shape}`,
    `- Load: ${run.settings}`,
    ...run.verified.map((v) => `- Verified identical \`data\`: ${v}`),
    "",
    cellTable(run.cells),
    "",
    ratioTable(run.cells),
    "",
    `Whole run: ${run.seconds.toFixed(0)} s`,
  ].join("\n");
}
