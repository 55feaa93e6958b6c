import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash, randomUUID } from "node:crypto";
import { startTestHub, type TestHub } from "./support/test-server";

// Cost budgets per client: every answer says what is left; over budget is HTTP 429 with
// RATE_LIMITED and Retry-After; with Redis, several hub processes draw on one budget.
const budget = (points: number) => ({ rateLimit: { enabled: true, points, windowSeconds: 60 } });
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("cost budgets in memory (one process)", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ config: { ...budget(100), limits: { ...(await import("../src/config")).loadConfig({}).limits, maxCost: 100 } } });
  });
  afterAll(async () => hub?.close());

  it("reports the budget in RateLimit-* headers and extensions.cost, and refuses with 429 once it is spent", async () => {
    // networks(first: 5) → memberships → member: 81 points (1 taken on arrival, 80 when priced).
    const query = `{ networks(first: 5) { nodes { memberships { member { name } } } } }`;
    const first = await post(hub.url, { query });
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-limit")).toBe("100");
    expect(first.headers.get("ratelimit-remaining")).toBe("19");
    expect(first.headers.get("ratelimit-policy")).toBe("100;w=60");
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    const body: any = await first.json();
    expect(body.extensions.cost).toMatchObject({ requested: 81, limit: 100, remaining: 19 });
    expect(Date.parse(body.extensions.cost.resetAt)).toBeGreaterThan(Date.now());

    const refused = await post(hub.url, { query });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const refusal: any = await refused.json();
    expect(refusal.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(refusal.data).toBeUndefined();
    expect(refusal.extensions.sql?.statements ?? 0).toBe(0);

    // Spent: the next request is turned away before its body is read, whatever it asks.
    const cheap = await post(hub.url, { query: "{ __typename }" });
    expect(cheap.status).toBe(429);
    expect(((await cheap.json()) as any).errors[0].extensions.code).toBe("RATE_LIMITED");
    expect((await fetch(hub.url.replace(/graphql$/, "health"))).status).toBe(200);
  });

  it("refuses a config whose budget cannot hold one operation of the maximum cost", async () => {
    const { loadConfig } = await import("../src/config");
    expect(() => loadConfig({ RATE_LIMIT_POINTS: "10", MAX_COST: "100" })).toThrow(/RATE_LIMIT_POINTS/);
  });
});

describe("the request deadline", () => {
  let hub: TestHub;
  beforeAll(async () => {
    const { loadConfig } = await import("../src/config");
    hub = await startTestHub({ config: { limits: { ...loadConfig({}).limits, requestTimeoutMs: 1 } } });
  });
  afterAll(async () => hub?.close());

  it("answers REQUEST_TIMEOUT and runs none of the request's pending statements", async () => {
    // Parsing, validating and pricing this query alone outlast a 1 ms deadline.
    const r = await hub.gql(`{ networks(first: 5) { nodes { name memberships { member { name } } } } states(first: 50) { nodes { name regionalGroups { group { name } } } } }`);
    expect(r.errors!.length).toBeGreaterThan(0);
    expect(r.errors!.every((e) => e.extensions!.code === "REQUEST_TIMEOUT")).toBe(true);
    expect(r.statements).toBe(0);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
// Like PostgreSQL: these run when TEST_REDIS_URL is set (CI sets it), and fail if it cannot be reached.
describe.runIf(redisUrl)("with Redis: one budget and one APQ cache across processes", () => {
  const shared = { redisUrl, redisKeyPrefix: `test:${randomUUID()}:` };
  let a: TestHub;
  let b: TestHub;
  beforeAll(async () => {
    a = await startTestHub({ config: { ...shared, ...budget(200) } });
    b = await startTestHub({ config: { ...shared, ...budget(200) }, database: a.database });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("charges a client's requests to hub A and hub B against the same budget", async () => {
    const query = `{ networks(first: 5) { nodes { memberships { member { name } } } } }`;
    const onA = await post(a.url, { query });
    expect(onA.headers.get("ratelimit-remaining")).toBe("119");
    const onB = await post(b.url, { query });
    expect(onB.headers.get("ratelimit-remaining")).toBe("38");
    expect((await post(a.url, { query })).status).toBe(429);
  });
});

describe.runIf(redisUrl)("with Redis: one APQ cache across processes", () => {
  const shared = { redisUrl, redisKeyPrefix: `test:${randomUUID()}:` };
  let a: TestHub;
  let b: TestHub;
  beforeAll(async () => {
    a = await startTestHub({ config: shared });
    b = await startTestHub({ config: shared, database: a.database });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("finds on hub B a persisted query registered through hub A", async () => {
    const query = `{ state(code: "GH") { name } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await post(b.url, { extensions });
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await post(a.url, { query, extensions })).status).toBe(200);
    const r: any = await (await post(b.url, { extensions })).json();
    expect(r.data.state.name).toBe("Ghana");
  });
});

describe("with Redis unreachable", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ config: { redisUrl: "redis://127.0.0.1:1", ...budget(1000) } });
  });
  afterAll(async () => hub?.close());

  it("still serves, with each process's own budget, and APQ reads as a miss", async () => {
    const r = await post(hub.url, { query: `{ state(code: "GH") { name } }` });
    expect(r.status).toBe(200);
    expect(Number(r.headers.get("ratelimit-remaining"))).toBeLessThan(1000);
    const apq = await post(hub.url, { extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } } });
    expect(((await apq.json()) as any).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});
