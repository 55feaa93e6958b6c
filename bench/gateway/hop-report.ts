import os from "node:os";
import { gitState } from "../process-info";
import type { LatencySummary } from "./latency";

/** One hub process measured on the nested query: one after another, then under concurrent connections. */
export interface HubRow {
  hub: string;
  /** What it is, for the report: mode and executor. */
  description: string;
  sequential: LatencySummary;
  concurrent: LatencySummary;
  /** "10 connections", say. */
  concurrentLabel: string;
  /** req/s of each concurrent round, in order. */
  concurrentRounds: number[];
  concurrentErrors: number;
  /** The hub process's CPU time per answered request (Linux /proc), or null elsewhere. */
  cpuMsPerRequest: { sequential: number; concurrent: number } | null;
}

export interface HopReport {
  databaseLabel: string;
  settings: string[];
  verified: string[];
  rows: HubRow[];
  /** Index into rows of the plain hub as `npm start` runs it, and of the gateway. */
  plain: number;
  gateway: number;
  /** A plain hub on the gateway's executor (graphql-js), when measured: the hop alone. */
  plainSameExecutor?: number;
  crossBoundary?: { name: string; runs: number; p50: number; note: string };
  seconds: number;
}

const ms = (n: number) => n.toFixed(2);
const signed = (n: number) => `${n >= 0 ? "+" : "−"}${Math.abs(n).toFixed(2)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** The commit measured; BENCH_REVISION names it instead, for a copy outside the checkout. */
const measuredRevision = (): string => process.env.BENCH_REVISION ?? gitState();

function machine(): string {
  const cpus = os.cpus();
  return `nproc ${os.availableParallelism?.() ?? cpus.length} (${cpus[0]?.model ?? "unknown CPU"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

function hubTable(rows: HubRow[]): string[] {
  const line = (load: string, r: HubRow, s: LatencySummary, extra: string, cpu: number | undefined) =>
    `| ${load} | ${r.hub} | ${s.requests} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.requestsPerSecond.toFixed(1)}${extra} | ${cpu == null ? "n/a" : cpu.toFixed(2)} |`;
  return [
    "| load | hub | requests | p50 ms | p95 ms | p99 ms | req/s | CPU ms / request |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => line("sequential", r, r.sequential, "", r.cpuMsPerRequest?.sequential)),
    ...rows.map((r) => line(`${r.concurrentLabel}`, r, r.concurrent, ` (${r.concurrentRounds.map((x) => x.toFixed(1)).join(" / ")})`, r.cpuMsPerRequest?.concurrent)),
  ];
}

function differenceTable(report: HopReport): string[] {
  const pairs: [string, HubRow, HubRow][] = [["gateway − plain (as `npm start` runs each)", report.rows[report.gateway], report.rows[report.plain]]];
  if (report.plainSameExecutor != null) pairs.push(["gateway − plain on graphql-js (the hop alone)", report.rows[report.gateway], report.rows[report.plainSameExecutor]]);
  const out = ["| load | comparison | p50 added ms | p50 ratio | p95 added ms | p99 added ms | req/s ratio | CPU ms / request added |", "|---|---|---:|---:|---:|---:|---:|---:|"];
  for (const load of ["sequential", "concurrent"] as const) {
    for (const [label, g, p] of pairs) {
      const a = g[load];
      const b = p[load];
      const cpu = g.cpuMsPerRequest && p.cpuMsPerRequest ? signed(g.cpuMsPerRequest[load] - p.cpuMsPerRequest[load]) : "n/a";
      out.push(`| ${load === "sequential" ? "sequential" : g.concurrentLabel} | ${label} | ${signed(a.p50 - b.p50)} | ${ratio(a.p50, b.p50)} | ${signed(a.p95 - b.p95)} | ${signed(a.p99 - b.p99)} | ${ratio(a.requestsPerSecond, b.requestsPerSecond)} | ${cpu} |`);
    }
  }
  return out;
}

/** The markdown printed on stdout, ready for bench/RESULTS.md. */
export function hopReport(report: HopReport): string {
  const lines = [
    `### ${report.databaseLabel}`,
    "",
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; hub at ${measuredRevision()}`,
    `- Machine: ${machine()}`,
    ...report.settings.map((s) => `- ${s}`),
    ...report.rows.map((r) => `- ${r.hub}: ${r.description}`),
    ...report.verified.map((v) => `- Verified: ${v}`),
    "",
    ...hubTable(report.rows),
    "",
    ...differenceTable(report),
  ];
  const errors = report.rows.filter((r) => r.concurrentErrors > 0);
  if (errors.length) lines.push("", `Errors under load: ${errors.map((r) => `${r.hub} ${r.concurrentErrors}`).join(", ")}`);
  if (report.crossBoundary) {
    const c = report.crossBoundary;
    lines.push("", `Cross-boundary (hub → partner over HTTP), \`${c.name}\` from examples/federation.graphql through the gateway, sequential: p50 ${ms(c.p50)} ms over ${c.runs} requests (${c.note}).`);
  }
  lines.push("", `Whole run: ${report.seconds.toFixed(1)} s`);
  return lines.join("\n");
}
