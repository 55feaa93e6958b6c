import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../src/config";
import { testDatabase, type TestDatabase } from "./support/database-template";
import { spawnHub, type HubProcess } from "./support/hub-process";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";
import { testDatabaseUrl, testDialect } from "./support/test-databases";
import { startTestHub, type TestHub } from "./support/test-server";

// Real faults, not mocks: on PostgreSQL a TCP proxy between the hub and the server freezes,
// drops and refuses connections; on SQLite another connection takes the file's locks.

const QUERY = `{ state(code: "FR") { name } }`;
/** Slack for scheduling on a busy 2-core machine; the bounds under test are 500 to 1,000 ms. */
const MARGIN_MS = 1_500;
const measured: string[] = [];
afterAll(() => {
  if (measured.length) console.info(`database faults (${testDialect()}), time to answer:\n  ${measured.join("\n  ")}`);
});

interface Answer {
  status: number;
  ms: number;
  retryAfter: string | null;
  text: string;
  body: any;
}

async function get(url: string, init?: RequestInit): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  const ms = Math.round(performance.now() - started);
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, ms, retryAfter: res.headers.get("retry-after"), text, body };
}

const post = (hubUrl: string, query = QUERY) => get(hubUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
const base = (hubUrl: string) => hubUrl.replace(/\/graphql$/, "");

/** The client sees a coded, retryable outage: 503, Retry-After, SERVICE_UNAVAILABLE, and nothing of the driver. */
function expectUnavailable(answer: Answer, boundMs: number, label: string): void {
  measured.push(`${label}: ${answer.status} after ${answer.ms} ms (bound ${boundMs} ms)`);
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe("5");
  expect(answer.body.errors.map((e: any) => e.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
  expect(answer.body.data).toEqual({ state: null });
  expect(answer.text).not.toMatch(/select |from "|sqlite|postgres|pg_|ECONN|timeout|terminated|127\.0\.0\.1|errorId/i);
  expect(answer.ms).toBeLessThan(boundMs + MARGIN_MS);
}

function expectServed(answer: Answer): void {
  expect(answer.status, answer.text).toBe(200);
  expect(answer.body).toEqual({ data: { state: { name: "France" } }, extensions: expect.anything() });
}

describe.runIf(testDialect() === "postgres")("PostgreSQL behind a faulty network", () => {
  const faults = { connectTimeoutMs: 500, acquireTimeoutMs: 1_000, queryTimeoutMs: 1_000 };
  let database: TestDatabase;
  let proxy: TcpProxy;
  let hub: TestHub;

  beforeAll(async () => {
    const server = new URL(testDatabaseUrl());
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    database = await testDatabase({ seeded: true });
    // The hub talks to its test database through the proxy, with short timeouts.
    const url = new URL((database.config as Extract<DatabaseConfig, { type: "postgres" }>).url);
    url.host = `127.0.0.1:${proxy.port}`;
    const config: DatabaseConfig = { ...(database.config as Extract<DatabaseConfig, { type: "postgres" }>), url: url.toString(), poolSize: 2, ...faults };
    hub = await startTestHub({ database: { config, drop: async () => undefined } });
  });
  // A failed test must not leave the next one behind a frozen or closed proxy.
  afterEach(async () => {
    await proxy?.restore();
  });
  afterAll(async () => {
    await hub?.close();
    await proxy?.close();
    await database?.drop();
  });

  it("a frozen server: 503 SERVICE_UNAVAILABLE within the timeouts, /ready 503, /health 200; serves again on its replacement", async () => {
    expectServed(await post(hub.url));
    const before = proxy.accepted;
    proxy.freeze();
    // The first query gets the warm pooled connection: the client-side query timeout ends it.
    expectUnavailable(await post(hub.url), faults.queryTimeoutMs, "frozen server, query on a pooled connection");
    // /ready needs a new connection, which cannot open: the connect timeout (or its own deadline) ends it.
    const [ready, health] = await Promise.all([get(`${base(hub.url)}/ready`), get(`${base(hub.url)}/health`)]);
    measured.push(`frozen server, /ready: ${ready.status} after ${ready.ms} ms; /health: ${health.status} after ${health.ms} ms`);
    expect(ready.status).toBe(503);
    expect(ready.retryAfter).toBe("5");
    expect(ready.ms).toBeLessThan(faults.acquireTimeoutMs + MARGIN_MS);
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(500);

    // Still frozen, and more requests than pooled connections (2): each one is answered within the
    // longest bound, whether it waited on a statement, on opening a connection or on the pool.
    const crowd = await Promise.all([post(hub.url), post(hub.url), post(hub.url)]);
    crowd.forEach((answer, i) => expectUnavailable(answer, Math.max(faults.acquireTimeoutMs, faults.queryTimeoutMs), `frozen server, concurrent query ${i + 1} of 3 (pool of 2)`));

    // The frozen server never answers again; a new one takes its place (a failover). Every request
    // succeeds at once: no connection stuck behind an unanswered statement went back into the pool.
    proxy.failover();
    for (let i = 0; i < 4; i++) expectServed(await post(hub.url));
    expect((await get(`${base(hub.url)}/ready`)).status).toBe(200);
    expect(proxy.accepted).toBeGreaterThan(before);
  });

  it("connections dropped under a running query: 503 at once; dropped between requests: nobody notices", async () => {
    expectServed(await post(hub.url));
    proxy.freeze();
    const pending = post(hub.url);
    await new Promise((r) => setTimeout(r, 200));
    proxy.drop();
    await proxy.restore();
    const dropped = await pending;
    expectUnavailable(dropped, 200, "connection dropped under a query");
    expect(dropped.ms).toBeLessThan(faults.queryTimeoutMs); // the drop, not the timeout, ended it
    expectServed(await post(hub.url));

    // A restart between requests: the pool notices its idle connections closed and opens new ones.
    proxy.drop();
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 3; i++) expectServed(await post(hub.url));
  });

  it("a server that refuses connections: 503 at once, /ready 503 at once; serves again when it is back", async () => {
    proxy.drop();
    await proxy.refuse();
    const query = await post(hub.url);
    expectUnavailable(query, faults.connectTimeoutMs, "connection refused, query");
    const ready = await get(`${base(hub.url)}/ready`);
    measured.push(`connection refused, /ready: ${ready.status} after ${ready.ms} ms`);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(faults.connectTimeoutMs + MARGIN_MS);
    expect((await get(`${base(hub.url)}/health`)).status).toBe(200);

    await proxy.restore();
    expectServed(await post(hub.url));
    expect((await get(`${base(hub.url)}/ready`)).status).toBe(200);
  });
});

describe.runIf(testDialect() === "postgres")("npm start while PostgreSQL is down", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  const running: HubProcess[] = [];

  beforeAll(async () => {
    const server = new URL(testDatabaseUrl());
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    database = await testDatabase({ seeded: true });
  });
  afterAll(async () => {
    for (const hub of running) await hub.stop();
    await proxy?.close();
    await database?.drop();
  });

  const startThroughProxy = (env: Record<string, string>) => {
    const url = new URL((database.config as Extract<DatabaseConfig, { type: "postgres" }>).url);
    url.host = `127.0.0.1:${proxy.port}`;
    const hub = spawnHub({ DATABASE_URL: url.toString(), DATABASE_CONNECT_TIMEOUT_MS: "500", ...env });
    running.push(hub);
    return hub;
  };

  it("waits with backoff, then starts and serves once the database appears", async () => {
    await proxy.refuse();
    const hub = startThroughProxy({ DATABASE_STARTUP_WAIT_MS: "30000" });
    await hub.waitForLine(/database not reachable \(attempt \d+: .*ECONNREFUSED/, 3);
    const restored = performance.now();
    await proxy.restore();
    const url = await hub.ready;
    measured.push(`start while down: served ${Math.round(performance.now() - restored)} ms after the database came back`);
    const attempts = hub.log.filter((l) => /database not reachable/.test(l));
    // Backoff: the delays grow (250 ms doubling, with jitter between half and all of it).
    const delays = attempts.map((l) => Number(/retrying in (\d+) ms/.exec(l)![1]));
    expect(delays[2]).toBeGreaterThan(delays[0]);
    expectServed(await post(url));
    await hub.stop();
  }, 60_000);

  it("gives up after DATABASE_STARTUP_WAIT_MS with the reason, and exits non-zero", async () => {
    await proxy.refuse();
    const hub = startThroughProxy({ DATABASE_STARTUP_WAIT_MS: "1500" });
    await hub.waitForLine(/database not reachable \(attempt 1:/);
    const firstFailure = performance.now();
    expect(await hub.exited).toBe(1);
    const ms = Math.round(performance.now() - firstFailure);
    measured.push(`start while down, giving up: exit 1 ${ms} ms after the first failed attempt (DATABASE_STARTUP_WAIT_MS 1500)`);
    expect(hub.log.join("\n")).toMatch(/the database was not reachable within 1500 ms \(\d+ attempt\(s\)\): .*ECONNREFUSED/);
    expect(ms).toBeLessThan(1_500 + 500 + MARGIN_MS); // the wait, one last connect attempt
    await proxy.restore();
  }, 30_000);
});

describe.runIf(testDialect() === "sqlite")("SQLite with another process holding locks", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub?.close();
  });

  it("a writer holding an exclusive transaction never blocks the hub: in WAL mode its readers do not wait", async () => {
    const file = (hub.database.config as Extract<DatabaseConfig, { type: "sqlite" }>).path;
    const other = new Database(file, { timeout: 100 });
    try {
      other.exec("BEGIN EXCLUSIVE");
      const [query, ready] = await Promise.all([post(hub.url), get(`${base(hub.url)}/ready`)]);
      measured.push(`BEGIN EXCLUSIVE elsewhere: query ${query.status} after ${query.ms} ms, /ready ${ready.status} after ${ready.ms} ms`);
      expectServed(query);
      expect(ready.status).toBe(200);
      expect(query.ms).toBeLessThan(1_000); // no busy wait: that would take the 1,000 ms busy timeout, then fail
      other.exec("ROLLBACK");
      // Nor can it take the file for itself while the hub has it open.
      other.pragma("locking_mode = EXCLUSIVE");
      let code: unknown;
      try {
        other.exec("BEGIN EXCLUSIVE");
      } catch (error) {
        code = (error as { code?: string }).code;
      }
      expect(code).toBe("SQLITE_BUSY");
      expectServed(await post(hub.url));
    } finally {
      other.close();
    }
  });
});

describe.runIf(testDialect() === "sqlite")("npm start while another process holds the SQLite file", () => {
  let database: TestDatabase;
  const running: HubProcess[] = [];
  beforeAll(async () => {
    database = await testDatabase({ seeded: true });
  });
  afterAll(async () => {
    for (const hub of running) await hub.stop();
    await database?.drop();
  });

  /** A connection in exclusive locking mode keeps every other process out of the file until it closes. */
  const lockFile = () => {
    const other = new Database((database.config as Extract<DatabaseConfig, { type: "sqlite" }>).path);
    other.pragma("locking_mode = EXCLUSIVE");
    other.exec("BEGIN EXCLUSIVE");
    return other;
  };
  const start = (env: Record<string, string>) => {
    const hub = spawnHub({ DATABASE_URL: `sqlite:${(database.config as Extract<DatabaseConfig, { type: "sqlite" }>).path}`, ...env });
    running.push(hub);
    return hub;
  };

  it("waits (SQLITE_BUSY after each busy timeout), then starts and serves once the lock is released", async () => {
    const other = lockFile();
    const hub = start({ DATABASE_STARTUP_WAIT_MS: "30000", DATABASE_ACQUIRE_TIMEOUT_MS: "300" });
    try {
      await hub.waitForLine(/database not reachable \(attempt \d+: SQLITE_BUSY: database is locked/, 2);
    } finally {
      other.close();
    }
    const released = performance.now();
    const url = await hub.ready;
    measured.push(`start while locked: served ${Math.round(performance.now() - released)} ms after the lock was released`);
    expectServed(await post(url));
    expect((await get(`${base(url)}/ready`)).status).toBe(200);
    await hub.stop();
  }, 60_000);

  it("gives up after DATABASE_STARTUP_WAIT_MS with the reason, and exits non-zero", async () => {
    const other = lockFile();
    try {
      const hub = start({ DATABASE_STARTUP_WAIT_MS: "1500", DATABASE_ACQUIRE_TIMEOUT_MS: "300" });
      await hub.waitForLine(/database not reachable \(attempt 1:/);
      const firstFailure = performance.now();
      expect(await hub.exited).toBe(1);
      const ms = Math.round(performance.now() - firstFailure);
      measured.push(`start while locked, giving up: exit 1 ${ms} ms after the first failed attempt (DATABASE_STARTUP_WAIT_MS 1500, busy timeout 300)`);
      expect(hub.log.join("\n")).toMatch(/the database was not reachable within 1500 ms \(\d+ attempt\(s\)\): SQLITE_BUSY: database is locked/);
      expect(ms).toBeLessThan(1_500 + 300 + MARGIN_MS); // the wait, one last busy timeout
    } finally {
      other.close();
    }
  }, 30_000);
});
