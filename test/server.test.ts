import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { startTestHub, type TestHub } from "./support/test-server";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

const base = () => hub.url.replace(/\/graphql$/, "");

describe("the HTTP server", () => {
  it("serves Apollo Sandbox to a browser on GET /graphql", async () => {
    const res = await fetch(hub.url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("embeddable-sandbox");
  });

  it("answers introspection", async () => {
    const r = await hub.gql(`{ __schema { queryType { name description } } }`);
    expect(r.data.__schema.queryType.name).toBe("Query");
    expect(r.data.__schema.queryType.description).toContain("partner graph");
  });

  it("reports liveness and readiness for load balancers", async () => {
    expect(await (await fetch(`${base()}/health`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${base()}/ready`)).json()).toEqual({ status: "ready" });
  });

  it("allows cross-origin requests from browsers (CORS)", async () => {
    const res = await fetch(hub.url, { method: "OPTIONS", headers: { origin: "https://partner.example", "access-control-request-method": "POST" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://partner.example");
  });
});

describe("errors", () => {
  it("rejects a query against the schema with GRAPHQL_VALIDATION_FAILED", async () => {
    const r = await hub.gql(`{ state(code: "GH") { nonsense } }`);
    expect(r.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(r.statements).toBe(0);
  });

  it("rejects unparsable text with GRAPHQL_PARSE_FAILED", async () => {
    const r = await hub.gql(`{ state(code: "GH" `);
    expect(r.errors![0].extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("rejects a bad variable with BAD_USER_INPUT", async () => {
    const r = await hub.gql(`query($d: Date) { state(code: "GH") { regionalGroups(asOf: $d) { role } } }`, { d: "2014-02-30" });
    expect(r.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(r.errors![0].message).toContain("YYYY-MM-DD");
  });

  it("rejects queries nested too deeply with QUERY_TOO_COMPLEX, before running anything", async () => {
    let inner = "name";
    for (let i = 0; i < 8; i++) inner = `meetings { meeting { participants { actor { ... on State { ${inner} } } } } }`;
    const r = await hub.gql(`{ state(code: "GH") { ${inner} } }`);
    expect(r.errors![0].extensions!.code).toBe("QUERY_TOO_COMPLEX");
    expect(r.statements).toBe(0);
  });

  it("answers a malformed request body with BAD_REQUEST as JSON, never an HTML page or a stack", async () => {
    const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toEqual({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("answers a request without a query with BAD_REQUEST", async () => {
    const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("names the argument at fault", async () => {
    const r = await hub.gql(`{ states(first: 500) { totalCount } }`);
    expect(r.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "first" } });
    expect(r.data).toBeNull();
  });

  it("masks internal errors: no SQL, no stack, an id that points to the log", async () => {
    // Break the database under the server: the next query fails inside the driver.
    await hub.ds.query("ALTER TABLE state RENAME TO state_gone");
    try {
      const r = await hub.gql(`{ states(first: 1) { nodes { name } } }`);
      const error = r.errors![0];
      expect(error.extensions!.code).toBe("INTERNAL_SERVER_ERROR");
      expect(error.message).toMatch(/^Internal server error \(error id [0-9a-f-]{36}\)$/);
      expect(JSON.stringify(r)).not.toMatch(/SELECT|state_gone|no such table|does not exist|at .*\.ts/i);
      expect(error.extensions!.stacktrace).toBeUndefined();
      const logged = hub.loggedErrors.at(-1) as { errorId: string; error: Error };
      expect(logged.errorId).toBe(error.extensions!.errorId);
      expect(String(logged.error)).toMatch(/no such table|does not exist/);
    } finally {
      await hub.ds.query("ALTER TABLE state_gone RENAME TO state");
    }
  });

  it("keeps the codes list public and separate from the classes that raise them", async () => {
    const { ErrorCode } = await import("../src/errors/error-codes");
    const { BadUserInputError } = await import("../src/errors/bad-user-input.error");
    const error = new BadUserInputError("filter.from", "must be a date");
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, argumentName: "filter.from" });
  });
});

describe("node and nodes", () => {
  it("round-trips global ids of every kind in one batch per type", async () => {
    const r1 = await hub.gql(`{ state(code: "GH") { id } network(slug: "r2p-focal-points") { id } treatyProposal(slug: "ljubljana-the-hague-convention") { id } }`);
    const ids = [r1.data.state.id, r1.data.network.id, r1.data.treatyProposal.id];
    const r2 = await hub.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on State { name } ... on Network { slug } ... on TreatyProposal { slug } } }`, { ids: [...ids, "bm90LWFuLWlk", ids[0]] });
    expect(r2.data.nodes).toEqual([
      { __typename: "State", id: ids[0], name: "Ghana" },
      { __typename: "Network", id: ids[1], slug: "r2p-focal-points" },
      { __typename: "TreatyProposal", id: ids[2], slug: "ljubljana-the-hague-convention" },
      null,
      { __typename: "State", id: ids[0], name: "Ghana" },
    ]);
    expect(r2.statements).toBe(3);
  });

  it("returns null for unknown ids and refuses more than 100", async () => {
    const r = await hub.gql(`{ node(id: "garbage") { id } }`);
    expect(r.data.node).toBeNull();
    const many = Array.from({ length: 101 }, () => "x");
    const r2 = await hub.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: many });
    expect(r2.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "ids" });
  });
});
