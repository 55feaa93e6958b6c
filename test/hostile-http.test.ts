import { connect } from "node:net";
import { createHash } from "node:crypto";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { startTestHub, type TestHub } from "./support/test-server";
import { expectAlive, expectCoded, LEAK, post, send, type Answer, type Expected } from "./support/hostile";

/**
 * Malformed HTTP: methods, content types and charsets, bodies that are not GraphQL requests,
 * sizes, encodings, batching, GET requests and automatic persisted queries. Each case pins the
 * status and the code; requests Node's own parser refuses get a coded JSON answer too.
 */
let hub: TestHub;
const answers: Answer[] = [];

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

const TRIVIAL = JSON.stringify({ query: "{ __typename }" });
const JSON_TYPE = { "content-type": "application/json" };
const PREFLIGHT = { "apollo-require-preflight": "true" };

interface Case extends Expected {
  /** The request, relative to the hub's /graphql URL: `?…` for query strings. */
  path?: string;
  init: RequestInit;
}

const BAD_REQUEST = (status: number): Expected => ({ status, code: "BAD_REQUEST" });
/** A GET case: the query string, and headers (by default the one that satisfies CSRF prevention). */
const get = (query: string, headers: Record<string, string> = PREFLIGHT): { path: string; init: RequestInit } => ({ path: `?${query}`, init: { method: "GET", headers } });
const q = (text: string) => `query=${encodeURIComponent(text)}`;
const body = (payload: string | Buffer | Uint8Array, headers: Record<string, string> = JSON_TYPE, method = "POST"): RequestInit => ({ method, headers, body: payload });

const CASES: [string, Case][] = [
  // methods
  ...["PUT", "DELETE", "PATCH"].map((method): [string, Case] => [`${method} with a JSON body`, { init: body(TRIVIAL, JSON_TYPE, method), ...BAD_REQUEST(405) }]),
  ...["PUT", "DELETE", "PATCH"].map((method): [string, Case] => [`${method} without a content type (CSRF prevention first)`, { init: { method }, ...BAD_REQUEST(400) }]),
  ["PROPFIND", { init: body(TRIVIAL, JSON_TYPE, "PROPFIND"), ...BAD_REQUEST(405) }],
  // content types and charsets
  ["text/plain (CSRF prevention)", { init: body(TRIVIAL, { "content-type": "text/plain" }), ...BAD_REQUEST(400) }],
  ["text/plain with a charset", { init: body(TRIVIAL, { "content-type": "text/plain; charset=utf-8" }), ...BAD_REQUEST(400) }],
  ["form-urlencoded (CSRF prevention)", { init: body("query=%7B__typename%7D", { "content-type": "application/x-www-form-urlencoded" }), ...BAD_REQUEST(400) }],
  ["multipart (CSRF prevention)", { init: body("--x\r\n\r\n{}\r\n--x--", { "content-type": "multipart/form-data; boundary=x" }), ...BAD_REQUEST(400) }],
  ["no content type", { init: { method: "POST", body: TRIVIAL }, ...BAD_REQUEST(400) }],
  ["application/xml", { init: body("<query>{ __typename }</query>", { "content-type": "application/xml" }), ...BAD_REQUEST(400) }],
  ["application/graphql", { init: body("{ __typename }", { "content-type": "application/graphql" }), ...BAD_REQUEST(400) }],
  ["a JSON look-alike type", { init: body(TRIVIAL, { "content-type": "application/json-patch+json" }), ...BAD_REQUEST(400) }],
  ["an unparsable content type", { init: body(TRIVIAL, { "content-type": ";;;" }), ...BAD_REQUEST(400) }],
  ["charset latin1", { init: body(TRIVIAL, { "content-type": "application/json; charset=latin1" }), ...BAD_REQUEST(415) }],
  ["charset shift_jis", { init: body(TRIVIAL, { "content-type": "application/json; charset=shift_jis" }), ...BAD_REQUEST(415) }],
  ["charset koi8-r", { init: body(TRIVIAL, { "content-type": "application/json; charset=koi8-r" }), ...BAD_REQUEST(415) }],
  ["charset utf-16 on UTF-8 bytes", { init: body(TRIVIAL, { "content-type": "application/json; charset=utf-16" }), ...BAD_REQUEST(400) }],
  ["an Accept that excludes JSON", { init: body(TRIVIAL, { ...JSON_TYPE, accept: "text/html" }), ...BAD_REQUEST(406) }],
  // bodies that are not a GraphQL request
  ["a JSON number", { init: body("5"), ...BAD_REQUEST(400) }],
  ["a JSON string", { init: body(`"{ __typename }"`), ...BAD_REQUEST(400) }],
  ["JSON null", { init: body("null"), ...BAD_REQUEST(400) }],
  ["JSON true", { init: body("true"), ...BAD_REQUEST(400) }],
  ["an empty body", { init: body(""), ...BAD_REQUEST(400) }],
  ["an empty object", { init: body("{}"), ...BAD_REQUEST(400) }],
  ["truncated JSON", { init: body(`{"query": "{ __typ`), ...BAD_REQUEST(400) }],
  ["JSON with trailing garbage", { init: body(`${TRIVIAL} garbage`), ...BAD_REQUEST(400) }],
  ["two JSON documents", { init: body(`${TRIVIAL}${TRIVIAL}`), ...BAD_REQUEST(400) }],
  ["a raw NUL inside JSON", { init: body(`{"query": "{ __typename }\u0000"}`), ...BAD_REQUEST(400) }],
  ["binary garbage", { init: body(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81])), ...BAD_REQUEST(400) }],
  ["query as a number", { init: body(`{"query": 5}`), ...BAD_REQUEST(400) }],
  ["query as an object", { init: body(`{"query": {"kind": "Document"}}`), ...BAD_REQUEST(400) }],
  ["query as a list", { init: body(`{"query": ["{ __typename }"]}`), ...BAD_REQUEST(400) }],
  ["query as null", { init: body(`{"query": null}`), ...BAD_REQUEST(400) }],
  ["query empty", { init: body(`{"query": ""}`), ...BAD_REQUEST(400) }],
  ["query of spaces", { init: body(`{"query": "   "}`), status: 400, code: "GRAPHQL_PARSE_FAILED" }],
  ["query that is not GraphQL", { init: body(`{"query": "DELETE FROM state; --"}`), status: 400, code: "GRAPHQL_PARSE_FAILED" }],
  ["query with a raw NUL", { init: body(JSON.stringify({ query: "{ __typename \u0000 }" })), status: 400, code: "GRAPHQL_PARSE_FAILED" }],
  ["query with a lone surrogate", { init: body(JSON.stringify({ query: `{ state(code: "\ud800") { name } }` })), status: 400, code: "GRAPHQL_PARSE_FAILED" }],
  ["extensions as a number", { init: body(`{"query": "{ __typename }", "extensions": 5}`), ...BAD_REQUEST(400) }],
  ["extensions as a string", { init: body(`{"query": "{ __typename }", "extensions": "{}"}`), ...BAD_REQUEST(400) }],
  ["extensions as a list", { init: body(`{"query": "{ __typename }", "extensions": []}`), ...BAD_REQUEST(400) }],
  ["variables as a string", { init: body(`{"query": "{ __typename }", "variables": "{}"}`), ...BAD_REQUEST(400) }],
  ["operationName as a list", { init: body(`{"query": "{ __typename }", "operationName": []}`), ...BAD_REQUEST(400) }],
  // batching (off)
  ["a batch of two", { init: body(`[${TRIVIAL}, ${TRIVIAL}]`), ...BAD_REQUEST(400) }],
  ["a batch of one", { init: body(`[${TRIVIAL}]`), ...BAD_REQUEST(400) }],
  ["an empty batch", { init: body("[]"), ...BAD_REQUEST(400) }],
  ["a batch of 5,000", { init: body(`[${Array(5000).fill(TRIVIAL).join(",")}]`), ...BAD_REQUEST(400) }],
  // sizes
  ["a body over the limit", { init: body(JSON.stringify({ query: "{ __typename }", pad: "x".repeat(1_100_000) })), ...BAD_REQUEST(413) }],
  ["a Content-Length over the limit", { init: body(Buffer.alloc(2_000_000, 0x20)), ...BAD_REQUEST(413) }],
  // encodings
  ["gzip that is not gzip", { init: body("not gzip", { ...JSON_TYPE, "content-encoding": "gzip" }), ...BAD_REQUEST(400) }],
  ["deflate that is not deflate", { init: body("not deflate", { ...JSON_TYPE, "content-encoding": "deflate" }), ...BAD_REQUEST(400) }],
  ["br that is not br", { init: body("not br", { ...JSON_TYPE, "content-encoding": "br" }), ...BAD_REQUEST(400) }],
  ["an unknown encoding", { init: body(TRIVIAL, { ...JSON_TYPE, "content-encoding": "zstd" }), ...BAD_REQUEST(415) }],
  ["a chain of encodings", { init: body(gzipSync(gzipSync(TRIVIAL)), { ...JSON_TYPE, "content-encoding": "gzip, gzip" }), ...BAD_REQUEST(415) }],
  ["a gzip bomb (5 MB of spaces in 5 KB)", { init: body(gzipSync(Buffer.alloc(5_000_000, 0x20)), { ...JSON_TYPE, "content-encoding": "gzip" }), ...BAD_REQUEST(413) }],
  ["gzip of a JSON number", { init: body(gzipSync("5"), { ...JSON_TYPE, "content-encoding": "gzip" }), ...BAD_REQUEST(400) }],
  // GET
  ["GET without a CSRF header or content type", { ...get(q("{ __typename }"), {}), ...BAD_REQUEST(400) }],
  ["GET with text/plain", { ...get(q("{ __typename }"), { "content-type": "text/plain" }), ...BAD_REQUEST(400) }],
  ["GET with application/xml", { ...get(q("{ __typename }"), { "content-type": "application/xml" }), ...BAD_REQUEST(415) }],
  // The schema has a Mutation type (the admin API); Apollo refuses to run one from a GET.
  ["GET of a mutation", { ...get(q(`mutation { revokeApiKey(prefix: "00000000") { prefix } }`)), status: 405, code: "BAD_REQUEST" }],
  ["GET of a subscription", { ...get(q("subscription { __typename }")), status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
  ["GET without a query", { ...get("x=1"), ...BAD_REQUEST(400) }],
  ["GET with the query twice", { ...get(`${q("{ __typename }")}&${q("{ __typename }")}`), ...BAD_REQUEST(400) }],
  ["GET with variables that are not JSON", { ...get(`${q("{ __typename }")}&variables=%7Bnope`), ...BAD_REQUEST(400) }],
  ["GET with variables that are a list", { ...get(`${q("{ __typename }")}&variables=%5B%5D`), ...BAD_REQUEST(400) }],
  ["GET with extensions that are not JSON", { ...get(`${q("{ __typename }")}&extensions=%7B`), ...BAD_REQUEST(400) }],
  ["GET with a broken percent escape", { ...get("query=%E0%A4%A"), status: 400, code: "GRAPHQL_PARSE_FAILED" }],
  ["GET with a 100 KB query string", { ...get(q(`{ ${"__typename ".repeat(9_000)} }`)), ...BAD_REQUEST(431) }],
  // automatic persisted queries
  ["APQ hash mismatch", { init: body(JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })), status: 400, code: "PERSISTED_QUERY_HASH_MISMATCH" }],
  ["APQ without a hash but with a query", { init: body(JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 1 } } })), status: 400, code: "PERSISTED_QUERY_HASH_MISMATCH" }],
  ["APQ version 2", { init: body(JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } } })), status: 400, code: "PERSISTED_QUERY_NOT_SUPPORTED" }],
  ["APQ version \"1\"", { init: body(JSON.stringify({ extensions: { persistedQuery: { version: "1", sha256Hash: "0".repeat(64) } } })), status: 400, code: "PERSISTED_QUERY_NOT_SUPPORTED" }],
  ["APQ as a string", { init: body(JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: "yes" } })), status: 400, code: "PERSISTED_QUERY_NOT_SUPPORTED" }],
  ["APQ unknown hash (POST)", { init: body(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } } })), status: 200, code: "PERSISTED_QUERY_NOT_FOUND" }],
  ["APQ unknown hash (GET)", { ...get(`extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "e".repeat(64) } }))}`), status: 200, code: "PERSISTED_QUERY_NOT_FOUND" }],
  ["APQ hash of another type", { init: body(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: { $gt: "" } } } })), status: 200, code: "PERSISTED_QUERY_NOT_FOUND" }],
  // operation types the schema lacks
  ["a mutation field the schema lacks", { init: body(JSON.stringify({ query: "mutation { dropEverything }" })), status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
  ["a subscription", { init: body(JSON.stringify({ query: "subscription { __typename }" })), status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
  ["a named subscription next to a query", { init: body(JSON.stringify({ query: "query Q { __typename } subscription S { __typename }", operationName: "Q" })), status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
];

describe("malformed HTTP: each case pins its status and code", () => {
  for (const [name, c] of CASES) {
    it(name, async () => {
      const answer = await send(`${hub.url}${c.path ?? ""}`, c.init);
      answers.push(answer);
      expectCoded(answer, c, name);
      expect(answer.ms, "refused well under a second").toBeLessThan(1000);
    });
  }

  it("says which methods are allowed on a 405", async () => {
    const answer = await send(hub.url, body(TRIVIAL, JSON_TYPE, "PUT"));
    expect(answer.headers.get("allow")).toBe("GET, POST");
  });

  it("answers HEAD with a bare 405 (a HEAD answer has no body)", async () => {
    const answer = await send(hub.url, { method: "HEAD", headers: PREFLIGHT });
    expect({ status: answer.status, allow: answer.headers.get("allow") }).toEqual({ status: 405, allow: "GET, POST" });
  });

  it("answers an unknown path with a coded 404", async () => {
    const answer = await send(hub.url.replace("/graphql", "/graphql.php"));
    answers.push(answer);
    expectCoded(answer, BAD_REQUEST(404), "unknown path");
  });
});

/** Raw bytes on a socket, for what fetch will not send; resolves with everything the server wrote. */
function rawRequest(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let received = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (received += chunk));
    socket.on("end", () => resolve(received));
    socket.on("error", reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error("no answer")));
  });
}

describe("requests Node's HTTP parser refuses still get a coded JSON answer", () => {
  const cases: [string, string, number][] = [
    ["a request line that is not HTTP", "HELLO WORLD\r\n\r\n", 400],
    ["a header without a colon", "GET /graphql HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", 400],
    ["a Content-Length that is not a number", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n", 400],
    ["two different Content-Lengths", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n{}", 400],
    ["64 KB of headers", `GET /graphql HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 2000 }, (_, i) => `X-Pad-${i}: ${"y".repeat(20)}`).join("\r\n")}\r\n\r\n`, 431],
  ];
  for (const [name, bytes, status] of cases) {
    it(name, async () => {
      const raw = await rawRequest(hub.url, bytes);
      expect(raw.split("\r\n")[0], name).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      const json = JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4));
      expect(json.errors[0].extensions.code).toBe("BAD_REQUEST");
      expect(raw).not.toMatch(LEAK);
    });
  }
});

describe("well-formed variants are served", () => {
  it("takes gzip, deflate and br bodies, UTF-16 with its charset, a BOM, and upper-case media types", async () => {
    const variants: [string, { path?: string; init: RequestInit }][] = [
      ["gzip", { init: body(gzipSync(TRIVIAL), { ...JSON_TYPE, "content-encoding": "gzip" }) }],
      ["deflate", { init: body(deflateSync(TRIVIAL), { ...JSON_TYPE, "content-encoding": "deflate" }) }],
      ["br", { init: body(brotliCompressSync(TRIVIAL), { ...JSON_TYPE, "content-encoding": "br" }) }],
      ["identity", { init: body(TRIVIAL, { ...JSON_TYPE, "content-encoding": "identity" }) }],
      ["utf-16le", { init: body(Buffer.from(TRIVIAL, "utf16le"), { "content-type": "application/json; charset=utf-16le" }) }],
      ["BOM", { init: body(`\ufeff${TRIVIAL}`) }],
      ["upper case", { init: body(TRIVIAL, { "content-type": "APPLICATION/JSON; CHARSET=UTF-8" }) }],
      ["graphql-response+json accepted", { init: body(TRIVIAL, { ...JSON_TYPE, accept: "application/graphql-response+json" }) }],
      ["GET with the CSRF header", get(q("{ __typename }"))],
      ["GET with application/json", get(q("{ __typename }"), JSON_TYPE)],
    ];
    for (const [name, { path, init }] of variants) {
      const answer = await send(`${hub.url}${path ?? ""}`, init);
      expect({ status: answer.status, data: answer.body?.data }, name).toEqual({ status: 200, data: { __typename: "Query" } });
    }
  });

  it("registers a persisted query and then serves it by hash, by POST and by GET", async () => {
    const query = `{ state(code: "GH") { name } }`;
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
    const registered = await post(hub.url, { query, extensions: { persistedQuery } });
    expect(registered.body.data).toEqual({ state: { name: "Ghana" } });
    const byPost = await post(hub.url, { extensions: { persistedQuery } });
    expect(byPost.body.data).toEqual({ state: { name: "Ghana" } });
    const byGet = await send(`${hub.url}?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery }))}`, { headers: PREFLIGHT });
    expect({ status: byGet.status, data: byGet.body.data }).toEqual({ status: 200, data: { state: { name: "Ghana" } } });
  });
});

describe("the body limit comes from the configuration", () => {
  it("refuses a body over MAX_BODY_BYTES with 413, naming the limit, and takes one under it", async () => {
    const small = await startTestHub({ database: hub.database, config: { limits: { ...loadConfig({}).limits, maxBodyBytes: 2048 } } });
    try {
      const over = await post(small.url, { query: "{ __typename }", pad: "x".repeat(2100) });
      expectCoded(over, BAD_REQUEST(413), "over 2048 bytes");
      expect(over.body.errors[0].message).toContain("2048 bytes");
      const under = await post(small.url, { query: "{ __typename }", pad: "x".repeat(1900) });
      expect(under.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe("after the battery", () => {
  it("answers a trivial query, and no answer held SQL or a stack", async () => {
    await expectAlive(hub);
    expect(answers.length).toBe(CASES.length + 1);
    for (const a of answers) expect(a.text).not.toMatch(LEAK);
  });
});
