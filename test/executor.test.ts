import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { post, type Answer } from "./support/hostile";
import { CompiledQueryCache } from "../src/execution/compiled-query.cache";
import { Trace } from "@apollo/usage-reporting-protobuf";

/**
 * EXECUTOR=jit must change nothing a client can see: two hubs on one database, one per executor,
 * answer the same requests with the same JSON (data, errors with their messages, codes, paths and
 * locations, extensions), the same HTTP status and the same statement count. The jit hub compiles
 * an operation the second time it sees it (the first runs on graphql-js), so every request is sent
 * to it twice, and its debug log shows which operations were compiled.
 */
let jitHub: TestHub;
let jsHub: TestHub;
const planLines: Record<string, any>[] = [];

beforeAll(async () => {
  jsHub = await startTestHub({ config: { executor: "graphql-js" } });
  const destination = { write: (line: string) => void planLines.push(JSON.parse(line)) };
  jitHub = await startTestHub({ database: jsHub.database, config: { executor: "jit", logLevel: "debug" }, logDestination: destination });
});
afterAll(async () => {
  await jitHub?.close();
  await jsHub?.close();
});

/** Error ids are per request and the rate-limit budget per hub; everything else must match. */
function comparable(answer: Answer) {
  const body = JSON.parse(answer.text.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "<errorId>"));
  if (body.extensions?.cost) body.extensions.cost = { ...body.extensions.cost, remaining: "<budget>", resetAt: "<budget>" };
  return { status: answer.status, body };
}

/** Sends one request to both hubs (twice to the jit hub) and expects one answer. */
async function same(request: { query: string; variables?: Record<string, unknown>; operationName?: string }) {
  const reference = comparable(await post(jsHub.url, request));
  const first = comparable(await post(jitHub.url, request));
  const compiled = comparable(await post(jitHub.url, request));
  expect(first).toEqual(reference);
  expect(compiled).toEqual(reference);
  return reference;
}

function plannedAs(operation: string) {
  return planLines.filter((l) => l.operation === operation && (l.msg === "operation compiled" || l.msg === "operation left to graphql-js")).map((l) => l.executor);
}

const NESTED = /* GraphQL */ `
  query Nested($networks: Int = 3, $members: Int = 4, $withCursor: Boolean!, $skipName: Boolean = false) {
    networks(first: $networks, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor @include(if: $withCursor) }
      nodes {
        __typename
        id
        ...NetworkBits
        membershipsConnection(first: $members) {
          totalCount
          edges {
            cursor @include(if: $withCursor)
            node {
              status
              member {
                __typename
                ... on State { alpha3 name @skip(if: $skipName) unAdmittedOn meetingsConnection(first: 2, orderBy: { field: MEETING_START, direction: DESC }) { nodes { role meeting { title start { earliest } } } } }
                ... on Organisation { key name }
              }
            }
          }
        }
      }
    }
  }
  fragment NetworkBits on Network { slug name }
`;

describe("answers the same under both executors", () => {
  it("nested connections with fragments, directives, interfaces, enums, dates and cursors", async () => {
    const a = await same({ query: NESTED, variables: { withCursor: true } });
    expect(a.status).toBe(200);
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data.networks.nodes.length).toBeGreaterThan(0);
    expect(a.body.extensions.sql.statements).toBeGreaterThan(1);
    await same({ query: NESTED, variables: { withCursor: false, skipName: true, networks: 2 } });
    expect(plannedAs("Nested")).toEqual(["jit"]);
  });

  it("@include and @skip on one fragment spread at several paths with different conditions", async () => {
    const query = `query Spreads($a: Boolean!, $b: Boolean!) {
      x: state(code: "GHA") { ...S @include(if: $a) ...T @skip(if: $a) }
      y: state(code: "FRA") { ...S @include(if: $b) ...T @skip(if: $b) }
    }
    fragment S on State { alpha3 name }
    fragment T on State { officialName ... on State @include(if: $b) { alpha3 } }`;
    for (const variables of [{ a: true, b: false }, { a: false, b: true }, { a: true, b: true }, { a: false, b: false }]) {
      const answer = await same({ query, variables });
      expect(answer.body.errors).toBeUndefined();
    }
    const mixed = await same({ query, variables: { a: false, b: true } });
    expect(Object.keys(mixed.body.data.x)).toEqual(["officialName", "alpha3"]);
    expect(Object.keys(mixed.body.data.y)).toEqual(["alpha3", "name"]);
    expect(plannedAs("Spreads")).toEqual(["jit"]);
  });

  it("operations of one document that share a fragment under different conditions", async () => {
    const query = `query P($a: Boolean!) { x: state(code: "GHA") { ...S @include(if: $a) } }
      query Q($b: Boolean!) { x: state(code: "GHA") { ...S @skip(if: $b) } }
      fragment S on State { alpha3 }`;
    for (const [operationName, variables] of [["P", { a: true }], ["Q", { b: false }], ["P", { a: false }], ["Q", { b: true }]] as const) {
      const answer = await same({ query, operationName, variables });
      const asked = "a" in variables ? variables.a : !variables.b;
      expect(answer.body.data.x).toEqual(asked ? { alpha3: "GHA" } : {});
    }
    expect([...plannedAs("P"), ...plannedAs("Q")]).toEqual(["jit", "jit"]);
  });

  it("a field's BAD_USER_INPUT is a null and an error beside the fields that worked", async () => {
    const a = await same({
      query: `query Partial($v: ID!) { meeting(id: $v) { title } state(code: "GHA") { alpha3 name } }`,
      variables: { v: "bm90LWFuLWlk" },
    });
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({ meeting: null, state: { alpha3: "GHA", name: expect.any(String) } });
    expect(a.body.errors).toHaveLength(1);
    expect(a.body.errors[0]).toMatchObject({ path: ["meeting"], locations: [{ line: 1, column: 26 }], extensions: { code: "BAD_USER_INPUT", argumentName: "id" } });
    expect(plannedAs("Partial")).toEqual(["jit"]);
  });

  it("defaults of non-null variables and input fields apply when omitted (graphql-jit alone would refuse them)", async () => {
    const a = await same({
      query: `query Defaults($code: String! = "GHA", $order: DocumentOrder, $first: Int! = 3) { state(code: $code) { alpha3 } documents(first: $first, orderBy: $order) { nodes { key } } }`,
      variables: { order: { field: "TITLE" } },
    });
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data.state).toEqual({ alpha3: "GHA" });
    expect(a.body.data.documents.nodes).toHaveLength(3);
    expect(plannedAs("Defaults")).toEqual(["jit"]);
  });

  it("an enum variable whose values are not its names stays on graphql-js", async () => {
    const a = await same({ query: `query Typed($types: [SearchType!]) { search(query: "focal points", types: $types, first: 3) { totalCount nodes { __typename } } }`, variables: { types: ["MEETING"] } });
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data.search.totalCount).toBeGreaterThan(0);
    expect(plannedAs("Typed")).toEqual(["graphql-js"]);
    await same({ query: `query Literal { search(query: "focal points", types: [MEETING], first: 3) { totalCount nodes { __typename } } }` });
    expect(plannedAs("Literal")).toEqual(["jit"]);
  });

  it("variables that do not coerce: graphql-js's message, BAD_USER_INPUT, HTTP 400", async () => {
    const a = await same({ query: `query Coerce($n: Int, $m: Int) { states(first: $n) { totalCount } networks(first: $m) { totalCount } }`, variables: { n: "many", m: 1.5 } });
    expect(a.status).toBe(400);
    expect(a.body.errors.map((e: any) => e.extensions.code)).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT"]);
    expect(a.body.errors[0].message).toMatch(/^Variable "\$n" got invalid value "many"; Int cannot represent/);
  });

  it("the argument checks and limits that run before execution", async () => {
    const a = await same({ query: `query Refused { state(code: "FR\\u0000") { name } }` });
    expect(a.status).toBe(400);
    expect(a.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("federation: _service and _entities", async () => {
    await same({ query: `query Sdl { _service { sdl } }` });
    const a = await same({
      query: `query Entities($r: [_Any!]!) { _entities(representations: $r) { __typename ... on State { alpha3 name } ... on Network { slug } } }`,
      variables: { r: [{ __typename: "State", alpha3: "FRA" }, { __typename: "Network", slug: "nope" }, { __typename: "Nope", id: "x" }] },
    });
    expect(a.body.data._entities).toEqual([{ __typename: "State", alpha3: "FRA", name: "France" }, null, null]);
    expect(plannedAs("Entities")).toEqual(["jit"]);
  });

  it("a router's traced request (ftv1) traces every field, also for an operation already compiled", async () => {
    const query = `query Traced { states(first: 2) { nodes { alpha3 name } } }`;
    await same({ query });
    expect(plannedAs("Traced")).toEqual(["jit"]);
    const traced = await post(jitHub.url, { query }, { "apollo-federation-include-trace": "ftv1" });
    const trace = Trace.decode(Buffer.from(traced.body.extensions.ftv1, "base64"));
    const names = (node: Trace.INode | null | undefined): string[] => (node?.child ?? []).flatMap((c) => [c.responseName || String(c.index), ...names(c)]);
    expect(names(trace.root)).toEqual(["states", "nodes", "0", "alpha3", "name", "1", "alpha3", "name"]);
  });

  it("introspection stays on graphql-js", async () => {
    await same({ query: `query Types { __schema { queryType { name } types { name kind } } __type(name: "State") { fields { name } } }` });
    expect(plannedAs("Types")).toEqual(["graphql-js"]);
  });

  // Last: it breaks the shared database on purpose.
  it("a database fault in a non-null field: masked internal error, null carried up to the nearest nullable field", async () => {
    await jsHub.ds.query("DROP TABLE regional_group_membership");
    const a = await same({ query: `query Fault { state(code: "GHA") { alpha3 regionalGroups { group { key } } } network(slug: "group-of-friends-r2p") { name } }` });
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({ state: null, network: { name: expect.any(String) } });
    expect(a.body.errors).toEqual([
      { message: "Internal server error (error id <errorId>)", locations: [{ line: 1, column: 43 }], path: ["state", "regionalGroups"], extensions: { code: "INTERNAL_SERVER_ERROR", errorId: "<errorId>" } },
    ]);
    expect(jitHub.loggedErrors).toHaveLength(2);
    expect(plannedAs("Fault")).toEqual(["jit"]);
  });
});

describe("the plan cache", () => {
  it("keeps the most recently used plans within its entry and weight bounds", () => {
    const cache = new CompiledQueryCache<string>({ maxEntries: 3, maxWeight: 100 });
    for (const key of ["a", "b", "c"]) cache.set(key, key, 10);
    cache.get("a");
    cache.set("d", "d", 10);
    expect([cache.get("a"), cache.get("b"), cache.get("c"), cache.get("d")]).toEqual(["a", undefined, "c", "d"]);
    cache.set("e", "e", 85);
    expect(cache.weight).toBeLessThanOrEqual(100);
    expect(cache.get("e")).toBe("e");
    expect(cache.size).toBe(2);
    cache.set("e", "e", 1);
    expect(cache.weight).toBe(11);
  });
});
