import { once } from "node:events";
import Redis from "ioredis";

/** How long start-up waits for Redis before going on with the in-memory fallbacks. */
const READY_TIMEOUT_MS = 2_000;

/**
 * One Redis connection per hub process, shared by the rate-limit budgets and the APQ cache.
 * `enableOfflineQueue: false` makes commands fail at once while Redis is away, so callers fall back
 * (memory budgets, cache misses) instead of piling requests up behind a reconnect. ioredis keeps
 * reconnecting in the background; `onError` hears about each lost connection once, not per retry.
 */
export async function connectRedis(url: string, onError: (error: Error) => void): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: READY_TIMEOUT_MS });
  let reported = false;
  redis.on("error", (error: Error) => {
    if (!reported) onError(error);
    reported = true;
  });
  redis.on("ready", () => {
    reported = false;
  });
  // Without this wait, the first requests after start would all use the per-process fallback.
  await Promise.race([once(redis, "ready"), new Promise((resolve) => setTimeout(resolve, READY_TIMEOUT_MS).unref())]).catch(() => undefined);
  return redis;
}
