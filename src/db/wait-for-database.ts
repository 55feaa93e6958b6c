import type { DataSource } from "typeorm";
import { isDatabaseUnavailable } from "./database-unavailable";

export interface StartupWaitOptions {
  /** Stop retrying once this much time has passed since the first attempt; 0 makes one attempt. */
  startupWaitMs: number;
  /** Delay after the first failure; it doubles with every attempt, up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  log?: (message: string) => void;
}

/** The one place start-up waits are logged (swap in the structured logger here). */
export const logStartupWait = (message: string): void => console.warn(message);

/**
 * Opens the DataSource, retrying while the database is unreachable (a container started before
 * its database, a failover, a file another process holds locked) with exponential backoff and
 * jitter, so a fleet of hubs restarting together does not retry in lockstep. Any other error
 * (wrong password, unknown database) fails at once: waiting would not fix it. The last attempt
 * starts no later than `startupWaitMs` after the first, and takes at most the connect timeout.
 */
export async function waitForDatabase(ds: DataSource, options: StartupWaitOptions): Promise<DataSource> {
  const { startupWaitMs, baseDelayMs = 250, maxDelayMs = 5_000, log = logStartupWait } = options;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await ds.initialize();
    } catch (error) {
      // A pool or file handle half-opened by the failed attempt is closed before the next one.
      await ds.driver.disconnect().catch(() => undefined);
      const remaining = startupWaitMs - (Date.now() - started);
      if (!isDatabaseUnavailable(error)) throw error;
      if (remaining <= 0) {
        throw new Error(`the database was not reachable within ${startupWaitMs} ms (${attempt} attempt(s)): ${describe(error)}`, { cause: error });
      }
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.min(remaining, Math.round(backoff / 2 + (Math.random() * backoff) / 2));
      log(`database not reachable (attempt ${attempt}: ${describe(error)}); retrying in ${delay} ms, giving up ${Math.round(remaining / 1000)} s from now`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** A short, single-line reason: Node's connect errors on several addresses have an empty message. */
function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  const message = typeof e?.message === "string" ? e.message : "";
  const code = typeof e?.code === "string" ? e.code : "";
  if (message && (!code || message.includes(code))) return message;
  return [code, message].filter(Boolean).join(": ") || String(error);
}
