import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const MAIN = path.join(__dirname, "..", "..", "dist", "src", "main.js");

/** The built server (what `npm start` runs) in a child process, with its output collected. */
export interface HubProcess {
  child: ChildProcess;
  /** Every line it wrote, stdout and stderr together. */
  log: string[];
  /** Resolves with the GraphQL URL once it serves; rejects if it exits first. */
  ready: Promise<string>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Resolves once a line matching `pattern` has been written `count` times. */
  waitForLine(pattern: RegExp, count?: number): Promise<void>;
  stop(): Promise<void>;
}

export function spawnHub(env: Record<string, string>): HubProcess {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const log: string[] = [];
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    log.push(...chunk.toString().trim().split("\n"));
    for (const waiter of waiters.slice()) waiter();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitForLine = (pattern: RegExp, count = 1) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (log.filter((l) => pattern.test(l)).length < count) return false;
        waiters.splice(waiters.indexOf(check), 1);
        resolve();
        return true;
      };
      waiters.push(check);
      check();
      void exited.then((code) => reject(new Error(`server exited with ${code} before writing ${pattern}:\n${log.join("\n")}`)));
    });
  const ready = waitForLine(/ready at http:\/\/\S+/).then(() => /ready at (http:\/\/[^\s"]+)/.exec(log.find((l) => /ready at http/.test(l))!)![1]);
  ready.catch(() => undefined);
  return {
    child,
    log,
    ready,
    exited,
    waitForLine,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
