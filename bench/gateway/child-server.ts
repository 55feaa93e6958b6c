import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { processCpuMs } from "../process-info";

/** dist/bench/gateway/ → the repository root (examples/, package.json) and dist/. */
export const REPO_ROOT = path.resolve(__dirname, "../../..");
const DIST = path.resolve(__dirname, "../..");

/** The node flags of package.json's `start` script, so each hub runs with the V8 settings operators run it with. */
export function startNodeFlags(): string[] {
  const start = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).scripts.start as string;
  return start.split(/\s+/).filter((word) => word.startsWith("--"));
}

/** A port nothing listens on now (the child binds it a moment later; a clash fails the start loudly). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A built server (dist/…) in a child process of its own: the hub as `npm start` runs it
 * (dist/src/main.js) or the example partner subgraph (dist/examples/partner-subgraph/server.js),
 * configured by environment variables only. It is ready once `readyPath` answers (`/ready` with
 * 200 for the hub: the database answers and the schema or supergraph is loaded, since the hub
 * listens only after both). Its output goes to this process's stderr, prefixed with its name.
 */
export class ChildServer {
  private child!: ChildProcess;
  private exitCode: Promise<number | null> = Promise.resolve(null);
  origin = "";

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    private readonly nodeFlags: string[] = [],
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  get graphqlUrl(): string {
    return `${this.origin}/graphql`;
  }

  async start(readyPath: string, needStatus200: boolean, timeoutMs = 120_000): Promise<void> {
    const port = await freePort();
    this.origin = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [...this.nodeFlags, path.join(DIST, this.entry)], {
      env: { ...process.env, ...this.env, PORT: String(port), HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) process.stderr.write(`[${this.name}] ${line}\n`);
    };
    this.child.stdout!.on("data", forward);
    this.child.stderr!.on("data", forward);
    let exited = false;
    this.exitCode = new Promise((resolve) => this.child.once("exit", (code) => ((exited = true), resolve(code))));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exited) throw new Error(`${this.name} exited with ${await this.exitCode} before it was ready`);
      try {
        const res = await fetch(`${this.origin}${readyPath}`, { signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        if (!needStatus200 || res.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs / 1000} s`);
  }

  /** CPU time (user + system) the child has used, in ms (bench/process-info.ts). */
  cpuMs(): number | null {
    return processCpuMs(this.pid);
  }

  /** Waits until the child uses under 10% of a core over 300 ms: requests a load generator abandoned have finished. */
  async waitIdle(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const first = this.cpuMs();
    if (first == null) return void (await new Promise((r) => setTimeout(r, 1_000)));
    let last: number = first;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300));
      const now: number = this.cpuMs() ?? last;
      if (now - last < 30) return;
      last = now;
    }
    throw new Error(`${this.name} did not go idle within ${timeoutMs / 1000} s`);
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    const kill = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    this.child.kill("SIGTERM");
    await this.exitCode;
    clearTimeout(kill);
  }
}
