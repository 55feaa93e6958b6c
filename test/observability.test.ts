import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "../src/config";
import { startTestHub, type TestHub } from "./support/test-server";

/** Log lines a hub writes, parsed, with their total size. */
function logCapture() {
  const lines: Record<string, any>[] = [];
  let bytes = 0;
  return {
    lines,
    bytesOf: (requestId: string) => lines.filter((l) => l.requestId === requestId).reduce((n, l) => n + Buffer.byteLength(JSON.stringify(l)) + 1, 0),
    total: () => bytes,
    destination: {
      write(line: string) {
        bytes += Buffer.byteLength(line);
        lines.push(JSON.parse(line));
      },
    },
  };
}

/** Access lines are written when the server finishes the answer, which may be just after the client has it. */
async function eventually<T>(find: () => T | undefined, ms = 2_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error("not logged in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const defaults = loadConfig({});
// Room for 1,000 aliases (the alias and token limits would refuse them first) and no rate limit.
const roomy: Partial<Config> = {
  limits: { ...defaults.limits, maxAliases: 5_000, maxTokens: 200_000, maxCost: 1_000_000 },
  rateLimit: { ...defaults.rateLimit, enabled: false },
};

const log = logCapture();
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ config: { ...roomy, logLevel: "info" }, logDestination: log.destination });
});
afterAll(() => hub?.close());

async function post(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  return { res, body: (await res.json()) as any, id: res.headers.get("x-request-id")! };
}

const accessLine = (id: string) => eventually(() => log.lines.find((l) => l.requestId === id && l.msg === "request completed"));

describe("access log", () => {
  it("writes one JSON line per request: id, operation, duration, cost, SQL statements, status, client", async () => {
    const { res, body, id } = await post(`query TwoStates { states(first: 2) { nodes { name } } }`, { "x-request-id": "partner-42.a:b_c" });
    expect(res.status).toBe(200);
    expect(id).toBe("partner-42.a:b_c");
    const line = await accessLine(id);
    expect(line).toMatchObject({
      level: "info",
      requestId: "partner-42.a:b_c",
      method: "POST",
      url: "/graphql",
      status: 200,
      operation: "TwoStates",
      sqlStatements: body.extensions.sql.statements,
      client: "ip:127.0.0.1",
    });
    expect(line.cost).toBe(body.extensions.cost.requested);
    expect(line.durationMs).toBeGreaterThan(0);
    expect(line.errorCodes).toBeUndefined();
    expect(new Date(line.time).toISOString()).toBe(line.time);
    // Headers (a partner key, later) never reach the log.
    expect(JSON.stringify(line)).not.toMatch(/x-request-id|content-type|headers/);
    expect(log.lines.filter((l) => l.requestId === id)).toHaveLength(1);
  });

  it("accepts a safe x-request-id, replaces an unsafe one, and generates one when none is sent", async () => {
    const generated = await post(`{ __typename }`);
    expect(generated.id).toMatch(/^[0-9a-f-]{36}$/);
    await accessLine(generated.id);
    for (const unsafe of ["<script>", "a b", "x".repeat(129), "a/b", "a;b=c", "%0d%0a"]) {
      const r = await post(`{ __typename }`, { "x-request-id": unsafe });
      expect(r.id, unsafe).toMatch(/^[0-9a-f-]{36}$/);
    }
    // Every answer carries it, also one refused before GraphQL runs.
    const bad = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "bad-body-1" }, body: "{" });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("x-request-id")).toBe("bad-body-1");
    expect(await accessLine("bad-body-1")).toMatchObject({ status: 400 });
  });

  it("logs health, readiness and metrics probes at debug only", async () => {
    const base = hub.url.replace("/graphql", "");
    for (const path of ["/health", "/ready", "/metrics"]) {
      const res = await fetch(base + path, { headers: { "x-request-id": `probe${path.replace("/", "-")}` } });
      expect(res.status, path).toBe(200);
    }
    await post(`{ __typename }`, { "x-request-id": "after-probes" });
    await accessLine("after-probes");
    expect(log.lines.filter((l) => String(l.requestId).startsWith("probe-"))).toEqual([]);

    const debugLog = logCapture();
    const debugHub = await startTestHub({ database: hub.database, config: { logLevel: "debug" }, logDestination: debugLog.destination });
    try {
      await fetch(debugHub.url.replace("/graphql", "/health"), { headers: { "x-request-id": "probe-debug" } });
      const line = await eventually(() => debugLog.lines.find((l) => l.requestId === "probe-debug"));
      expect(line).toMatchObject({ level: "debug", url: "/health", status: 200 });
    } finally {
      await debugHub.close();
    }
  });

  it("LOG_LEVEL=warn keeps the client-error line and drops access lines", async () => {
    const warnLog = logCapture();
    const warnHub = await startTestHub({ database: hub.database, config: { logLevel: "warn" }, logDestination: warnLog.destination });
    try {
      await fetch(warnHub.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "warn-1" }, body: JSON.stringify({ query: `{ nope }` }) });
      await fetch(warnHub.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "warn-2" }, body: JSON.stringify({ query: `{ __typename }` }) });
      const line = await eventually(() => warnLog.lines.find((l) => l.requestId === "warn-1"));
      expect(line).toMatchObject({ level: "warn", msg: "client error", codes: ["GRAPHQL_VALIDATION_FAILED"] });
      await new Promise((r) => setTimeout(r, 50));
      expect(warnLog.lines.filter((l) => l.msg === "request completed")).toEqual([]);
    } finally {
      await warnHub.close();
    }
  });
});

describe("one error entry per request", () => {
  it("1,000 failing aliases: one warn line without a stack, and the access line lists the code once", async () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `a${i}: organisation(acronym: "X", key: "Y") { name }`).join(" ");
    const before = log.total();
    const { body, id } = await post(`query ManyBad { ${aliases} }`, { "x-request-id": "thousand-bad" });
    expect(body.errors).toHaveLength(1_000);
    expect(new Set(body.errors.map((e: any) => e.extensions.code))).toEqual(new Set(["BAD_USER_INPUT"]));
    const access = await accessLine(id);
    const entries = log.lines.filter((l) => l.requestId === id && l !== access);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: "warn", msg: "client error", errors: 1_000, codes: ["BAD_USER_INPUT"], operation: "ManyBad" });
    expect(entries[0].firstError.message).toMatch(/^Invalid argument "key"/);
    expect(JSON.stringify(entries[0])).not.toMatch(/stack|\bat .*\.(ts|js):\d+/);
    expect(access.errorCodes).toEqual(["BAD_USER_INPUT"]);
    // Both lines together, for a request whose answer is ~150 KB (the issue saw 3.2 MB of log).
    const bytes = log.bytesOf(id);
    console.log(`log bytes for 1,000 failing aliases: ${bytes} (${log.total() - before} written in all)`);
    expect(bytes).toBeLessThan(1_500);
    expect(hub.loggedErrors.some((e: any) => e.errorId === id)).toBe(false);
  });

  it("1,000 aliases failing inside the database: one error entry with the first stack and the count; errorId is the request id", async () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `s${i}: state(code: "GH") { name }`).join(" ");
    const logged = hub.loggedErrors.length;
    await hub.ds.query("ALTER TABLE state RENAME TO state_gone");
    let result: Awaited<ReturnType<typeof post>>;
    try {
      result = await post(`query ManyBroken { ${aliases} }`, { "x-request-id": "thousand-broken" });
    } finally {
      await hub.ds.query("ALTER TABLE state_gone RENAME TO state");
    }
    const { body, id } = result;
    expect(body.errors).toHaveLength(1_000);
    for (const error of body.errors) {
      expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", errorId: "thousand-broken" });
      expect(error.message).toBe("Internal server error (error id thousand-broken)");
    }
    const access = await accessLine(id);
    expect(access.errorCodes).toEqual(["INTERNAL_SERVER_ERROR"]);
    const entries = log.lines.filter((l) => l.requestId === id && l !== access);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ level: "error", msg: "internal error", errorId: "thousand-broken", errors: 1_000, internalErrors: 1_000, operation: "ManyBroken" });
    expect(entries[0].err.message).toMatch(/no such table|does not exist/);
    expect(entries[0].err.stack).toMatch(/\n\s+at /);
    // The statement is there to diagnose; its parameters (client input) are not.
    expect(JSON.stringify(entries[0])).not.toMatch(/parameters/);
    const bytes = log.bytesOf(id);
    console.log(`log bytes for 1,000 internal errors: ${bytes}`);
    expect(bytes).toBeLessThan(8_000);
    // The test hook sees the same single entry.
    expect(hub.loggedErrors.slice(logged)).toEqual([expect.objectContaining({ errorId: "thousand-broken", count: 1_000 })]);
  });
});

/** The value of one sample in Prometheus text, 0 when absent. */
function sample(text: string, name: string, labels = ""): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ""} `));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

describe("metrics", () => {
  const scrape = async (h: TestHub = hub) => {
    const res = await fetch(h.url.replace("/graphql", "/metrics"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text();
  };

  it("serves requests, latency, SQL, cost, rate-limit, pool, event-loop and process metrics", async () => {
    const text = await scrape();
    for (const name of [
      "hub_graphql_requests_total",
      "hub_graphql_request_duration_seconds",
      "hub_graphql_request_sql_statements",
      "hub_graphql_request_cost",
      "hub_rate_limited_total",
      "hub_db_pool_connections",
      "hub_db_pool_connections_in_use",
      "hub_db_pool_max_connections",
      "hub_db_pool_waiting",
      "nodejs_eventloop_lag_seconds",
      "nodejs_eventloop_lag_p99_seconds",
      "process_cpu_seconds_total",
      "process_resident_memory_bytes",
      "nodejs_heap_size_used_bytes",
    ]) {
      expect(text, name).toContain(`# TYPE ${name} `);
    }
    const pool = process.env.HUB_TEST_DIALECT === "postgres" ? "primary" : "sqlite";
    expect(sample(text, "hub_db_pool_connections", `pool="${pool}"`)).toBeGreaterThanOrEqual(1);
    expect(sample(text, "hub_db_pool_max_connections", `pool="${pool}"`)).toBe(hub.database.config.type === "postgres" ? hub.database.config.poolSize : 1);
    expect(sample(text, "hub_db_pool_waiting", `pool="${pool}"`)).toBe(0);
  });

  it("counters move: by operation and outcome, with latency, SQL statements and cost observed", async () => {
    const before = await scrape();
    const ok = await post(`query Counted { states(first: 3) { nodes { name } } }`);
    await post(`query Counted { states(first: -1) { nodes { name } } }`);
    await post(`{ __typename }`);
    await accessLine(ok.id);
    await new Promise((r) => setTimeout(r, 20));
    const after = await scrape();
    const delta = (name: string, labels = "") => sample(after, name, labels) - sample(before, name, labels);
    expect(delta("hub_graphql_requests_total", 'operation="Counted",outcome="ok"')).toBe(1);
    expect(delta("hub_graphql_requests_total", 'operation="Counted",outcome="client_error"')).toBe(1);
    expect(delta("hub_graphql_requests_total", 'operation="anonymous",outcome="ok"')).toBe(1);
    expect(delta("hub_graphql_request_duration_seconds_count", 'operation="Counted"')).toBe(2);
    expect(delta("hub_graphql_request_sql_statements_count")).toBe(3);
    expect(delta("hub_graphql_request_sql_statements_sum")).toBe(ok.body.extensions.sql.statements);
    expect(delta("hub_graphql_request_cost_sum")).toBeGreaterThanOrEqual(ok.body.extensions.cost.requested);
  });

  it("keeps the operation label bounded: 50 names, then `other`", async () => {
    for (let i = 0; i < 60; i++) await post(`query Op${i} { __typename }`);
    await new Promise((r) => setTimeout(r, 20));
    const text = await scrape();
    const names = new Set([...text.matchAll(/^hub_graphql_requests_total\{operation="([^"]+)"/gm)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(52);
    expect(names.has("other")).toBe(true);
  });

  it("counts requests refused by the rate limit", async () => {
    const tight = await startTestHub({ database: hub.database, config: { rateLimit: { enabled: true, points: 3, windowSeconds: 60 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await fetch(tight.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "query Tight { __typename }" }) });
        statuses.push(res.status);
      }
      const refused = statuses.filter((s) => s === 429).length;
      expect(refused).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 20));
      const text = await scrape(tight);
      expect(sample(text, "hub_rate_limited_total")).toBe(refused);
      const counted = [...text.matchAll(/^hub_graphql_requests_total\{operation="[^"]+",outcome="rate_limited"\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
      expect(counted).toBe(refused);
    } finally {
      await tight.close();
    }
  });

  it("exposes the rate-limit counter to the wiring, per server", async () => {
    const other = await startTestHub({ database: hub.database, config: { metrics: false } });
    try {
      expect((await fetch(other.url.replace("/graphql", "/metrics"))).status).toBe(404);
      const before = sample(await scrape(), "hub_rate_limited_total");
      hub.server.metrics.rateLimited.inc();
      other.server.metrics.rateLimited.inc(5);
      expect(sample(await scrape(), "hub_rate_limited_total")).toBe(before + 1);
    } finally {
      await other.close();
    }
  });
});
