import { Client, type ClientConfig } from "pg";

/**
 * The pg Client class the pool opens connections with (pg-pool takes it as its `Client` option).
 *
 * - Its own connect timeout. pg-pool applies its single `connectionTimeoutMillis` both to opening a
 *   connection and to queueing for one, so the pool gets the acquire timeout and each connection
 *   attempt gets `connectTimeoutMs` here.
 * - It closes itself after a client-side query timeout. pg's `query_timeout` answers the caller
 *   but leaves the statement on the wire: the connection stays stuck behind it (forever, on a
 *   frozen server) and would go back to the pool to fail every later query. `end()` destroys the
 *   socket of a connection with a statement in flight and marks it ending, so the pool discards it
 *   on release and opens a fresh one once the server answers again.
 */
export function boundedPgClient(connectTimeoutMs: number): typeof Client {
  return class BoundedPgClient extends Client {
    constructor(config?: string | ClientConfig) {
      super({ ...(typeof config === "string" ? { connectionString: config } : config), connectionTimeoutMillis: connectTimeoutMs });
    }

    query(...args: unknown[]): any {
      const result = (super.query as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise) {
        result.catch((error: unknown) => {
          if (error instanceof Error && error.message === "Query read timeout") void this.end();
        });
      }
      return result;
    }
  };
}
