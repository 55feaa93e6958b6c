import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../src/config";
import { testDatabase, type TestDatabase } from "./support/database-template";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";
import { testDatabaseUrl, testDialect } from "./support/test-databases";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";

// The key lookup is the first statement of a keyed request: when it fails, the client gets the
// same coded answers as for any other statement, never the malformed-body answer of the error
// handler behind it (HTTP 400 "not valid JSON", which a keyed request got before).

const QUERY = { query: `{ state(code: "FR") { name } }` };
const LEAKS = /select |from "|api_key|sqlite|postgres|ECONN|timeout|terminated|127\.0\.0\.1|apg_/i;

describe.runIf(testDialect() === "postgres")("a keyed request while PostgreSQL is frozen", () => {
  const faults = { connectTimeoutMs: 500, acquireTimeoutMs: 1_000, queryTimeoutMs: 1_000 };
  let database: TestDatabase;
  let proxy: TcpProxy;
  let hub: TestHub;

  beforeAll(async () => {
    const server = new URL(testDatabaseUrl());
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    database = await testDatabase({ seeded: true });
    const url = new URL((database.config as Extract<DatabaseConfig, { type: "postgres" }>).url);
    url.host = `127.0.0.1:${proxy.port}`;
    const config: DatabaseConfig = { ...(database.config as Extract<DatabaseConfig, { type: "postgres" }>), url: url.toString(), poolSize: 2, ...faults };
    hub = await startTestHub({ database: { config, drop: async () => undefined } });
  });
  afterEach(async () => {
    await proxy?.restore();
  });
  afterAll(async () => {
    await hub?.close();
    await proxy?.close();
    await database?.drop();
  });

  it("answers 503 SERVICE_UNAVAILABLE with Retry-After within the timeouts, then serves the key again", async () => {
    const token = await issueKey(hub, { partner: "state:GH" });
    expect((await send(hub.url, QUERY, bearer(token))).status).toBe(200);
    proxy.freeze();
    const started = performance.now();
    const answer = await send(hub.url, QUERY, bearer(token));
    const ms = performance.now() - started;
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(answer.body.errors.map((e: any) => e.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(JSON.stringify(answer.body)).not.toMatch(LEAKS);
    expect(ms).toBeLessThan(faults.queryTimeoutMs + 1_500);
    // A new server takes the frozen one's place: the hub serves the key again on its own (a pooled
    // connection opened to the frozen server may fail one more request with the same 503).
    proxy.failover();
    const statuses: number[] = [];
    let again = await send(hub.url, QUERY, bearer(token));
    for (statuses.push(again.status); again.status !== 200 && statuses.length < 3; statuses.push(again.status)) again = await send(hub.url, QUERY, bearer(token));
    expect(statuses.filter((s) => s !== 503 && s !== 200)).toEqual([]);
    expect(again.body.data).toEqual({ state: { name: "France" } });
  });
});

describe("a keyed request whose lookup fails for another reason", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub?.close();
  });

  it("answers 500 INTERNAL_SERVER_ERROR with the request id as errorId and nothing of the statement", async () => {
    const token = await issueKey(hub, { partner: "state:GH" });
    // A broken schema on this test's own database: the lookup statement fails in the database.
    await hub.ds.query(`ALTER TABLE api_key RENAME TO api_key_gone`);
    const answer = await send(hub.url, QUERY, { ...bearer(token), "x-request-id": "lookup-fault-1" });
    expect(answer.status).toBe(500);
    expect(answer.body.errors).toEqual([{ message: "Internal server error (error id lookup-fault-1)", extensions: { code: "INTERNAL_SERVER_ERROR", errorId: "lookup-fault-1" } }]);
    expect(answer.body.data).toBeUndefined();
    expect(JSON.stringify(answer.body)).not.toMatch(LEAKS);
    await hub.ds.query(`ALTER TABLE api_key_gone RENAME TO api_key`);
    expect((await send(hub.url, QUERY, bearer(token))).status).toBe(200);
  });
});
