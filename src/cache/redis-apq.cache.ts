import type Redis from "ioredis";
import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";

/**
 * Apollo's automatic-persisted-query store in Redis, so a hash registered through one hub process
 * is found by every other. A Redis failure reads as a miss (the client then resends the query text)
 * and a failed write is dropped: APQ is an optimisation and must never fail a request.
 */
export class RedisApqCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      if (options?.ttl) await this.redis.set(this.prefix + key, value, "EX", Math.ceil(options.ttl));
      else await this.redis.set(this.prefix + key, value);
    } catch {
      // Dropped: the next request with this hash gets PERSISTED_QUERY_NOT_FOUND and resends the text.
    }
  }

  async delete(key: string): Promise<boolean | void> {
    try {
      await this.redis.del(this.prefix + key);
    } catch {
      // Nothing to do: the entry expires by its TTL.
    }
  }
}
