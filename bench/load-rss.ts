import { spawn } from "node:child_process";

export interface LoadRss {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  /** Non-2xx answers plus connection errors and timeouts. */
  errors: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
}

/**
 * RSS of this process (the in-process hub) while autocannon, in a child process of its own so its
 * buffers are not counted, keeps `connections` requests of `query` in flight for `seconds`.
 */
export async function rssUnderLoad(url: string, query: string, seconds: number, connections: number, gc: () => void): Promise<LoadRss> {
  gc();
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, process.memoryUsage().rss / 2 ** 20)), 100);
  const args = [require.resolve("autocannon/autocannon.js"), "-j", "-c", String(connections), "-d", String(seconds), "-m", "POST", "-H", "content-type=application/json", "-b", JSON.stringify({ query }), url];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`autocannon exited with ${code}`))));
  });
  clearInterval(sampler);
  gc();
  const result = JSON.parse(output.trim().split("\n").pop()!);
  return {
    seconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    rssBeforeMb,
    rssPeakMb,
    rssAfterMb: process.memoryUsage().rss / 2 ** 20,
  };
}
