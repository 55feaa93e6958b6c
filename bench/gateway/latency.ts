import { performance } from "node:perf_hooks";

/** Latency percentiles (ms, nearest rank) and throughput of one hub under one kind of load. */
export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Summarises latencies; `seconds` is the wall time the requests took (sequential: the sum of the latencies). */
export function summarize(latencies: number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { requests: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), requestsPerSecond: sorted.length / seconds };
}

/**
 * One POST, timed from the call to the last byte of the answer (keep-alive connection, no
 * compression asked, as autocannon sends it). Any non-200 answer or GraphQL error stops the run.
 */
export async function timedPost(url: string, body: string, who: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "accept-encoding": "identity" }, body });
  const text = await res.text();
  const ms = performance.now() - started;
  // Parsed after the clock stops: the client's JSON work is not the server's latency.
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (res.status !== 200 || parsed.errors || parsed.data == null) throw new Error(`${who} failed (${res.status}): ${text.slice(0, 500)}`);
  return ms;
}

/** `count` requests one after another; returns each one's latency in ms. */
export async function sequential(url: string, body: string, count: number, who: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(await timedPost(url, body, who));
  return out;
}

interface AutocannonResult {
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

export interface ConcurrentRun {
  /** Latency of every answered request, ms (autocannon's own per-request timing). */
  latencies: number[];
  seconds: number;
  /** Non-2xx answers plus connection errors and timeouts. */
  errors: number;
}

/**
 * `connections` POSTs of `body` kept in flight for `seconds` by autocannon. It runs in this
 * process, which does nothing else meanwhile (the hubs and the partner each have their own), and
 * records every answer's latency so that p95 can be read too (autocannon's summary has p97.5).
 */
export function concurrent(url: string, body: string, connections: number, seconds: number): Promise<ConcurrentRun> {
  const autocannon = require("autocannon") as Autocannon;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, method: "POST", headers: { "content-type": "application/json" }, body, connections, duration: seconds, timeout: 60 },
      (error, result) => {
        if (error) return reject(error);
        resolve({ latencies, seconds: result.duration || seconds, errors: result.non2xx + result.errors + result.timeouts });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
}
