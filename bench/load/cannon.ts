import { spawn } from "node:child_process";

export interface CannonResult {
  requests: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  /** Non-2xx answers plus connection errors and timeouts. */
  errors: number;
  /** Bytes read per answer, headers included. */
  bytesPerResponse: number;
}

/**
 * `connections` POSTs of `body` kept in flight for `seconds` by autocannon, run in a process of
 * its own (as bench/load-rss.ts does) so neither server's process pays for the load generator.
 * Requests/s is completed answers over the run's duration: with a slow server (a few answers per
 * second) autocannon's per-second average would round poorly. A request times out after
 * `timeoutSeconds`, counted as an error.
 */
export async function cannon(url: string, body: string, seconds: number, connections: number, timeoutSeconds = 60): Promise<CannonResult> {
  const args = [require.resolve("autocannon/autocannon.js"), "-j", "-c", String(connections), "-d", String(seconds), "-t", String(timeoutSeconds), "-m", "POST", "-H", "content-type=application/json", "-b", body, url];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`autocannon exited with ${code}: ${err.slice(-500)}`))));
  });
  const r = JSON.parse(output.trim().split("\n").pop()!);
  const requests = r.requests.total as number;
  return {
    requests,
    requestsPerSecond: requests / (r.duration || seconds),
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    errors: r.non2xx + r.errors + r.timeouts,
    bytesPerResponse: requests ? r.throughput.total / requests : 0,
  };
}
