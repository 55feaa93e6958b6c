import http from "node:http";
import zlib from "node:zlib";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { startTestHub, type TestHub } from "./support/test-server";

/** A raw HTTP exchange: headers and bytes exactly as sent (fetch would decompress). */
function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

const json = { "content-type": "application/json" };
// Apollo's CSRF prevention wants a non-simple header on GET queries; real clients send one too.
const getHeaders = { "apollo-require-preflight": "true" };
const BIG = `{ states(first: 100) { nodes { name alpha2 alpha3 } } }`;
const defaults = loadConfig({});

let hub: TestHub;
let locked: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ config: { rateLimit: { ...defaults.rateLimit, enabled: false } } });
  // Production-style switches, on the same database.
  locked = await startTestHub({
    database: hub.database,
    config: {
      introspection: false,
      fieldSuggestions: false,
      landingPage: false,
      http: { ...defaults.http, cacheMaxAgeSeconds: 0, compressionThresholdBytes: 1_000_000 },
      rateLimit: { ...defaults.rateLimit, enabled: false },
    },
  });
});
afterAll(async () => {
  await locked?.close();
  await hub?.close();
});

const getUrl = (h: TestHub, query: string, extra = "") => `${h.url}?query=${encodeURIComponent(query)}${extra}`;

describe("compression", () => {
  it("compresses answers above 1 KB with what the client accepts (br, gzip, deflate)", async () => {
    const plain = await raw(hub.url, { method: "POST", headers: json, body: JSON.stringify({ query: BIG }) });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const decoders: Record<string, (b: Buffer) => Buffer> = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync, deflate: zlib.inflateSync };
    for (const encoding of ["br", "gzip", "deflate"]) {
      const res = await raw(hub.url, { method: "POST", headers: { ...json, "accept-encoding": encoding }, body: JSON.stringify({ query: BIG }) });
      expect(res.headers["content-encoding"], encoding).toBe(encoding);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      const decoded = JSON.parse(decoders[encoding](res.body).toString());
      expect(decoded.data).toEqual(JSON.parse(plain.body.toString()).data);
      console.log(`${encoding}: ${plain.body.length} bytes -> ${res.body.length}`);
      expect(res.body.length).toBeLessThan(plain.body.length / 3);
    }
  });

  it("leaves small answers, and everything under the configured threshold, as they are", async () => {
    const small = await raw(hub.url, { method: "POST", headers: { ...json, "accept-encoding": "gzip, br" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(small.headers["content-encoding"]).toBeUndefined();
    const big = await raw(locked.url, { method: "POST", headers: { ...json, "accept-encoding": "gzip, br" }, body: JSON.stringify({ query: BIG }) });
    expect(big.body.length).toBeGreaterThan(1024);
    expect(big.headers["content-encoding"]).toBeUndefined();
  });
});

describe("Cache-Control", () => {
  it("lets a CDN cache successful GET queries, and nothing else", async () => {
    const get = await raw(getUrl(hub, "{ state(code: \"GH\") { name } }"), { headers: getHeaders });
    expect(get.status).toBe(200);
    expect(get.headers["cache-control"]).toBe("public, max-age=60");

    const post = await raw(hub.url, { method: "POST", headers: json, body: JSON.stringify({ query: "{ state(code: \"GH\") { name } }" }) });
    expect(post.headers["cache-control"]).toBe("no-store");

    const failed = await raw(getUrl(hub, "{ states(first: -1) { totalCount } }"), { headers: getHeaders });
    expect(JSON.parse(failed.body.toString()).errors).toBeDefined();
    expect(failed.headers["cache-control"]).toBe("no-store");

    const invalid = await raw(getUrl(hub, "{ nope }"), { headers: getHeaders });
    expect(invalid.headers["cache-control"]).toBe("no-store");

    for (const path of ["/health", "/ready", "/metrics"]) {
      expect((await raw(hub.url.replace("/graphql", path))).headers["cache-control"], path).toBe("no-store");
    }
    expect((await raw(locked.url.replace("/graphql", "/nowhere"))).headers["cache-control"]).toBe("no-store");
  });

  it("caches APQ GETs once the hash is known, never the 'not found' answer", async () => {
    const query = `{ state(code: "KE") { name } }`;
    const hash = createHash("sha256").update(query).digest("hex");
    const ext = `&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`;
    const miss = await raw(`${hub.url}?${ext.slice(1)}`, { headers: getHeaders });
    expect(JSON.parse(miss.body.toString()).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(miss.headers["cache-control"]).toBe("no-store");
    const register = await raw(getUrl(hub, query, ext), { headers: getHeaders });
    expect(JSON.parse(register.body.toString()).data.state.name).toBe("Kenya");
    const hit = await raw(`${hub.url}?${ext.slice(1)}`, { headers: getHeaders });
    expect(JSON.parse(hit.body.toString()).data.state.name).toBe("Kenya");
    expect(hit.headers["cache-control"]).toBe("public, max-age=60");
  });

  it("CACHE_MAX_AGE_SECONDS=0 caches nothing", async () => {
    const get = await raw(getUrl(locked, "{ state(code: \"GH\") { name } }"), { headers: getHeaders });
    expect(get.status).toBe(200);
    expect(get.headers["cache-control"]).toBe("no-store");
  });
});

describe("headers on every answer", () => {
  it("sends no X-Powered-By and always nosniff", async () => {
    const answers = [
      await raw(hub.url, { method: "POST", headers: json, body: JSON.stringify({ query: "{ __typename }" }) }),
      await raw(hub.url, { method: "POST", headers: json, body: "{" }),
      await raw(hub.url.replace("/graphql", "/health")),
      await raw(hub.url.replace("/graphql", "/metrics")),
      await raw(hub.url.replace("/graphql", "/nowhere")),
      await raw(hub.url, { headers: { accept: "text/html" } }),
    ];
    for (const res of answers) {
      expect(res.headers["x-powered-by"]).toBeUndefined();
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("limits CORS to GET, POST and OPTIONS, caches preflights, and exposes the request id and rate-limit headers", async () => {
    const preflight = await raw(hub.url, {
      method: "OPTIONS",
      headers: { origin: "https://partner.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type, x-request-id" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET,POST,OPTIONS");
    expect(preflight.headers["access-control-max-age"]).toBe("600");
    expect(preflight.headers["access-control-allow-headers"]).toMatch(/x-request-id/i);
    const res = await raw(hub.url, { method: "POST", headers: { ...json, origin: "https://partner.example" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(res.headers["access-control-allow-origin"]).toBe("https://partner.example");
    expect(res.headers["access-control-expose-headers"]).toBe("x-request-id,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,Retry-After,WWW-Authenticate");
  });

  it("takes the client address from X-Forwarded-For only when TRUST_PROXY says so", async () => {
    const lines: any[] = [];
    const destination = { write: (l: string) => void lines.push(JSON.parse(l)) };
    const proxied = await startTestHub({ database: hub.database, config: { logLevel: "info", http: { ...defaults.http, trustProxy: 1 } }, logDestination: destination });
    try {
      await raw(proxied.url, { method: "POST", headers: { ...json, "x-forwarded-for": "203.0.113.9", "x-request-id": "via-proxy" }, body: JSON.stringify({ query: "{ __typename }" }) });
      await raw(proxied.url, { method: "POST", headers: { ...json, "x-request-id": "direct" }, body: JSON.stringify({ query: "{ __typename }" }) });
      await new Promise((r) => setTimeout(r, 50));
      expect(lines.find((l) => l.requestId === "via-proxy")?.client).toBe("ip:203.0.113.9");
      expect(lines.find((l) => l.requestId === "direct")?.client).toBe("ip:127.0.0.1");
    } finally {
      await proxied.close();
    }
  });
});

describe("switches for production", () => {
  const INTROSPECTION = `{ __schema { queryType { name } } }`;

  it("answers introspection unless INTROSPECTION=false", async () => {
    expect((await hub.gql(INTROSPECTION)).data.__schema.queryType.name).toBe("Query");
    const off = await locked.gql(INTROSPECTION);
    expect(off.data).toBeUndefined();
    expect(off.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(off.errors![0].message).toMatch(/introspection/i);
    expect((await locked.gql(`{ __typename }`)).data.__typename).toBe("Query");
  });

  it("drops 'Did you mean …?' when FIELD_SUGGESTIONS=false, in validation and in variables", async () => {
    const typo = `{ state(code: "GH") { nam } }`;
    expect((await hub.gql(typo)).errors![0].message).toMatch(/Did you mean "name"/);
    const hidden = await locked.gql(typo);
    expect(hidden.errors![0].message).toBe(`Cannot query field "nam" on type "State".`);

    const variable = `query($o: StateOrderField!) { states(first: 1, orderBy: { field: $o }) { totalCount } }`;
    expect((await hub.gql(variable, { o: "NAMES" })).errors![0].message).toMatch(/Did you mean/);
    const coerced = await locked.gql(variable, { o: "NAMES" });
    expect(coerced.errors![0].message).toMatch(/does not exist in "StateOrderField" enum\.$/);
  });

  it("serves the landing page to browsers unless LANDING_PAGE=false", async () => {
    const on = await raw(hub.url, { headers: { accept: "text/html" } });
    expect(on.status).toBe(200);
    expect(on.headers["content-type"]).toMatch(/text\/html/);
    const off = await raw(locked.url, { headers: { accept: "text/html" } });
    expect(off.headers["content-type"] ?? "").not.toMatch(/text\/html/);
    expect(off.body.toString()).not.toMatch(/<html/i);
  });
});
