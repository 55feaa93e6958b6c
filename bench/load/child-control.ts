import type { DatabaseConfig } from "../../src/config";

/**
 * The side of a benchmark server process that the parent (bench/load/server-process.ts) talks
 * to over IPC: it announces its port once listening, and runs a full GC on request, so the
 * parent can read allocations from the GC trace at exact cell boundaries and every cell starts
 * from a collected heap. Needs `--expose-gc` (the parent starts it so).
 */
export function announceReady(port: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on("message", (message: { id: number; command: string }) => {
    if (message?.command === "gc") {
      gc?.();
      process.send?.({ id: message.id, done: true });
    }
  });
  // The parent going away must not leave a server running.
  process.on("disconnect", () => process.exit(0));
  process.send?.({ ready: true, port });
}

/** The database the parent prepared, handed over as JSON in BENCH_LOAD_DATABASE. */
export function databaseFromEnv(): DatabaseConfig {
  const raw = process.env.BENCH_LOAD_DATABASE;
  if (!raw) throw new Error("BENCH_LOAD_DATABASE is not set (this file is started by bench/load/load.ts)");
  return JSON.parse(raw) as DatabaseConfig;
}

/** Start-up failures reach the parent as a non-zero exit with the message on stderr. */
export function runChild(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
