import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { loadConfig } from "../src/config";
import { KeyStore } from "../src/auth/key-store";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send, sendGet } from "./support/partner-keys";

// Issue 10 §1: partners send `Authorization: Bearer <key>`. No header is anonymous access as
// before; a header that names no valid key is HTTP 401 UNAUTHENTICATED, never anonymous.
const VIEWER = `{ viewer { anonymous partner { key name roles } apiKey { prefix label expiresAt } } }`;
const PUBLIC = `{ states(first: 2) { nodes { name } } }`;
const secretOf = (token: string) => token.split("_")[2];

function expectUnauthenticated(r: { status: number; headers: Headers; body: any }) {
  expect(r.status).toBe(401);
  expect(r.headers.get("www-authenticate")).toBe(`Bearer realm="partner-graph", error="invalid_token"`);
  expect(r.headers.get("cache-control")).toBe("no-store");
  expect(r.body.data).toBeUndefined();
  expect(r.body.errors).toHaveLength(1);
  expect(r.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
}

describe("partner keys on /graphql", () => {
  let hub: TestHub;
  let reader: string;
  beforeAll(async () => {
    hub = await startTestHub();
    reader = await issueKey(hub, { partner: "state:GH", label: "ghana test" });
  });
  afterAll(async () => hub?.close());

  it("without a key: anonymous, published data as before, no SQL for the viewer", async () => {
    const r = await send(hub.url, { query: VIEWER });
    expect(r.status).toBe(200);
    expect(r.body.data.viewer).toEqual({ anonymous: true, partner: null, apiKey: null });
    expect(r.body.extensions.sql.statements).toBe(0);
    const data = await send(hub.url, { query: PUBLIC });
    expect(data.body.data.states.nodes).toHaveLength(2);
    expect(data.headers.get("vary")).toMatch(/Authorization/i);
  });

  it("with a valid key: the viewer is its partner, for exactly one more statement (the key lookup)", async () => {
    expect(reader).toMatch(/^apg_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}$/);
    const r = await send(hub.url, { query: VIEWER }, bearer(reader));
    expect(r.status).toBe(200);
    expect(r.body.data.viewer).toMatchObject({ anonymous: false, partner: { key: "state:GH", name: "Ghana", roles: ["READER"] }, apiKey: { prefix: reader.slice(4, 12), label: "ghana test" } });
    expect(Date.parse(r.body.data.viewer.apiKey.expiresAt) - Date.now()).toBeGreaterThan(89 * 86_400_000);
    expect(r.body.extensions.sql.statements).toBe(1);
    const anonymous = await send(hub.url, { query: PUBLIC });
    const keyed = await send(hub.url, { query: PUBLIC }, bearer(reader));
    expect(keyed.body.data).toEqual(anonymous.body.data);
    expect(keyed.body.extensions.sql.statements).toBe(anonymous.body.extensions.sql.statements + 1);
  });

  it("refuses every header that names no valid key with 401, before anything runs", async () => {
    const unknown = `apg_AAAAAAAA_${"a".repeat(43)}`;
    const wrongSecret = `${reader.slice(0, 13)}${"b".repeat(43)}`;
    const headers: Record<string, string>[] = [
      bearer(unknown),
      bearer(wrongSecret),
      bearer("not-a-key"),
      bearer(`${reader}x`),
      { authorization: `Basic ${Buffer.from(`x:${reader}`).toString("base64")}` },
      { authorization: `Token ${reader}` },
      { authorization: "Bearer" },
      { authorization: "" },
      { authorization: `Bearer ${reader} ${reader}` },
    ];
    for (const h of headers) {
      expectUnauthenticated(await send(hub.url, { query: PUBLIC }, h));
      expectUnauthenticated(await sendGet(hub.url, { query: PUBLIC }, h));
      // A batch (refused by Apollo anyway) and a mutation: the key is checked first.
      expectUnauthenticated(await send(hub.url, [{ query: PUBLIC }, { query: VIEWER }], h));
      expectUnauthenticated(await send(hub.url, { query: `mutation { revokeApiKey(prefix: "${reader.slice(4, 12)}") { prefix } }` }, h));
    }
    // The scheme is case-insensitive (RFC 7235).
    expect((await send(hub.url, { query: VIEWER }, { authorization: `bearer ${reader}` })).status).toBe(200);
  });

  it("refuses expired and revoked keys, revocation from the very next request", async () => {
    const longAgo = () => new Date(Date.now() - 10 * 86_400_000);
    const expired = await issueKey(hub, { partner: "state:KE", expiresInDays: 1 }, longAgo);
    const r = await send(hub.url, { query: VIEWER }, bearer(expired));
    expectUnauthenticated(r);
    expect(r.body.errors[0].message).toMatch(/expired/);

    const soon = await issueKey(hub, { partner: "state:KE" });
    expect((await send(hub.url, { query: VIEWER }, bearer(soon))).status).toBe(200);
    await new KeyStore(hub.ds, 365).revokeKey(soon.slice(4, 12), "test");
    const revoked = await send(hub.url, { query: VIEWER }, bearer(soon));
    expectUnauthenticated(revoked);
    expect(revoked.body.errors[0].message).toMatch(/revoked/);
    expectUnauthenticated(await sendGet(hub.url, { query: VIEWER }, bearer(soon)));
  });

  it("stores only the SHA-256 of each token, never the token or its secret", async () => {
    const rows: Record<string, unknown>[] = await hub.ds.query(`SELECT * FROM api_key`);
    const row = rows.find((k) => k.prefix === reader.slice(4, 12))!;
    expect(row.hash).toBe(createHash("sha256").update(reader).digest("hex"));
    const dump = JSON.stringify(rows) + JSON.stringify(await hub.ds.query(`SELECT * FROM partner`));
    expect(dump).not.toContain(secretOf(reader));
    expect(dump).not.toContain(secretOf(reader).slice(0, 12));
  });

  it("never lets a shared cache keep a keyed answer; APQ works with a key", async () => {
    const anonymous = await sendGet(hub.url, { query: PUBLIC });
    expect(anonymous.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
    const keyed = await sendGet(hub.url, { query: PUBLIC }, bearer(reader));
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get("cache-control")).toBe("private, no-store");
    expect(keyed.headers.get("vary")).toMatch(/Authorization/i);

    const query = `{ states(first: 1) { nodes { alpha2 } } }`;
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
    const miss = await sendGet(hub.url, { extensions: { persistedQuery } }, bearer(reader));
    expect(miss.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await send(hub.url, { query, extensions: { persistedQuery } }, bearer(reader));
    expect(registered.body.data.states.nodes).toHaveLength(1);
    const hit = await sendGet(hub.url, { extensions: { persistedQuery } }, bearer(reader));
    expect(hit.status).toBe(200);
    expect(hit.body.data).toEqual(registered.body.data);
    expect(hit.headers.get("cache-control")).toBe("private, no-store");
    expectUnauthenticated(await sendGet(hub.url, { extensions: { persistedQuery } }, bearer(`${reader.slice(0, 13)}${"c".repeat(43)}`)));
  });

  it("leaves /health, /ready and /metrics alone", async () => {
    for (const path of ["health", "ready", "metrics"]) {
      const res = await fetch(hub.url.replace(/graphql$/, path), { headers: bearer("not-a-key") });
      expect(res.status).toBe(200);
    }
  });
});

describe("cost budgets per key", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ config: { rateLimit: { enabled: true, points: 100, windowSeconds: 60 }, limits: { ...loadConfig({}).limits, maxCost: 100 } } });
  });
  afterAll(async () => hub?.close());

  it("gives each key its own budget, apart from its address's anonymous budget", async () => {
    const a = await issueKey(hub, { partner: "state:GH" });
    const b = await issueKey(hub, { partner: "state:KE" });
    const heavy = `{ networks(first: 5) { nodes { memberships { member { name } } } } }`; // 81 points
    const spend = (h: Record<string, string> = {}) => send(hub.url, { query: heavy }, h);
    expect((await spend(bearer(a))).headers.get("ratelimit-remaining")).toBe("19");
    expect((await spend(bearer(a))).status).toBe(429);
    // Key b, and anonymous requests from the same address, still have their whole budgets.
    expect((await spend(bearer(b))).headers.get("ratelimit-remaining")).toBe("19");
    const anonymous = await spend();
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("ratelimit-remaining")).toBe("19");
    // A refused key is charged to the address: one point each.
    const refused = await send(hub.url, { query: "{ __typename }" }, bearer("nope"));
    expect(refused.status).toBe(401);
    expect(refused.headers.get("ratelimit-remaining")).toBe("18");
  });
});

describe("logs", () => {
  const lines: string[] = [];
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ config: { logLevel: "debug" }, logDestination: { write: (line: string) => void lines.push(line) } });
  });
  afterAll(async () => hub?.close());

  it("never contain a token, valid or not", async () => {
    const token = await issueKey(hub, { partner: "state:GH" });
    const bad = `${token.slice(0, 13)}${"d".repeat(43)}`;
    expect((await send(hub.url, { query: VIEWER }, bearer(token))).status).toBe(200);
    expect((await sendGet(hub.url, { query: VIEWER }, bearer(bad))).status).toBe(401);
    expect((await send(hub.url, { query: "{ nope }" }, bearer(token))).status).toBe(400);
    await new Promise((r) => setTimeout(r, 100));
    const all = lines.join("\n");
    expect(all).toContain(`"client":"key:`);
    expect(all).toContain("UNAUTHENTICATED");
    expect(all).not.toContain(secretOf(token));
    expect(all).not.toContain(secretOf(bad));
  });
});
