import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { processCpuMs } from "../process-info";

/**
 * A benchmark server (bench/load/hub-endpoint.ts or raw-endpoint.ts) in a child process, seen
 * from the parent: its URL, its memory read from /proc (Linux), and the bytes it allocated, read
 * from V8's GC trace (`--trace-gc-nvp`: each line gives the heap's size before and after that
 * collection; what the heap grew by between the end of one collection and the start of the next
 * was allocated). Node 20 has no allocation counter of its own; a forced GC at each cell boundary
 * (`collect`) makes the count exact there.
 */
export class ServerProcess {
  private child!: ChildProcess;
  private allocated = 0;
  private lastSizeAfter: number | null = null;
  private pending = new Map<number, () => void>();
  private nextId = 1;
  private sampler: NodeJS.Timeout | null = null;
  private sampledPeakKb = 0;
  url = "";

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    private readonly gcTrace: boolean,
    /** Node flags beyond the measuring ones (the hub runs with those of `npm start`). */
    private readonly nodeFlags: string[] = [],
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  async start(): Promise<void> {
    const execArgv = ["--expose-gc", ...(this.gcTrace ? ["--trace-gc-nvp"] : []), ...this.nodeFlags];
    this.child = fork(path.join(__dirname, this.entry), [], { execArgv, env: { ...process.env, ...this.env }, stdio: ["ignore", "pipe", "inherit", "ipc"] });
    let buffered = "";
    this.child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) this.readTraceLine(line);
    });
    const port = await new Promise<number>((resolve, reject) => {
      this.child.on("message", (m: { ready?: boolean; port?: number; id?: number }) => {
        if (m.ready) resolve(m.port!);
        if (m.id == null) return;
        this.pending.get(m.id)?.();
        this.pending.delete(m.id);
      });
      this.child.once("exit", (code) => reject(new Error(`${this.name} server exited with ${code} before it was ready`)));
    });
    this.url = `http://127.0.0.1:${port}/graphql`;
  }

  private readTraceLine(line: string): void {
    const before = /total_size_before=(\d+)/.exec(line);
    const after = /total_size_after=(\d+)/.exec(line);
    if (!before || !after) return;
    if (this.lastSizeAfter != null) this.allocated += Math.max(0, Number(before[1]) - this.lastSizeAfter);
    this.lastSizeAfter = Number(after[1]);
  }

  /** Bytes allocated so far (as of the last GC). */
  get allocatedBytes(): number {
    return this.allocated;
  }

  /** A full GC in the child; resolves when its trace line has been read. */
  async collect(): Promise<void> {
    const id = this.nextId++;
    await new Promise<void>((resolve) => {
      this.pending.set(id, resolve);
      this.child.send({ id, command: "gc" });
    });
    // The trace line is written before the IPC answer, but on another pipe: give it a moment.
    await new Promise((r) => setTimeout(r, 50));
  }

  private status(): Record<string, number> {
    try {
      const out: Record<string, number> = {};
      for (const line of fs.readFileSync(`/proc/${this.pid}/status`, "utf8").split("\n")) {
        const m = /^(VmRSS|VmHWM):\s+(\d+) kB/.exec(line);
        if (m) out[m[1]] = Number(m[2]);
      }
      return out;
    } catch {
      return {};
    }
  }

  /** CPU time (user + system) the child has used, in ms (bench/process-info.ts). */
  cpuMs(): number | null {
    return processCpuMs(this.pid);
  }

  /** Starts a peak-RSS window: resets the kernel's high-water mark (VmHWM) and samples VmRSS every 50 ms as a fallback. */
  startRssWindow(): void {
    try {
      fs.writeFileSync(`/proc/${this.pid}/clear_refs`, "5");
    } catch {
      // Not Linux, or not allowed: the samples alone give the peak.
    }
    this.sampledPeakKb = this.status().VmRSS ?? 0;
    this.sampler = setInterval(() => (this.sampledPeakKb = Math.max(this.sampledPeakKb, this.status().VmRSS ?? 0)), 50);
  }

  /** Peak RSS in MiB since startRssWindow, or null where /proc is missing. */
  endRssWindow(): number | null {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
    const peakKb = Math.max(this.sampledPeakKb, this.status().VmHWM ?? 0);
    return peakKb ? peakKb / 1024 : null;
  }

  /** Waits until the child uses under 10% of a core over 300 ms: requests abandoned by the load generator have finished. */
  async waitIdle(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = this.cpuMs();
    if (last == null) return void (await new Promise((r) => setTimeout(r, 1_000)));
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300));
      const now = this.cpuMs()!;
      if (now - last < 30) return;
      last = now;
    }
    throw new Error(`${this.name} server did not go idle within ${timeoutMs / 1000} s`);
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode != null) return;
    const exited = new Promise((r) => this.child.once("exit", r));
    this.child.kill("SIGTERM");
    await exited;
  }
}
