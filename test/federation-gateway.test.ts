import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { startPartnerSubgraph, type PartnerSubgraph, type ReceivedRequest } from "../examples/partner-subgraph/server";
import { loadConfig } from "../src/config";
import { startTestHub, type TestHub } from "./support/test-server";
import { issueKey } from "./support/partner-keys";
import { LEAKY_PARTNER_MESSAGE, startHttpFaultProxy, type HttpFaultProxy } from "./support/http-fault-proxy";

// Gateway mode end to end: the hub composes its own subgraph with the example partner subgraph
// (examples/partner-subgraph, a real Apollo Server on its own port) and serves the supergraph.
// The partner is reached through a fault proxy, so it can be made slow or broken on demand.
let partner: PartnerSubgraph;
let proxy: HttpFaultProxy;
let hub: TestHub;
const received: ReceivedRequest[] = [];
const TIMEOUT_MS = 800;

beforeAll(async () => {
  partner = await startPartnerSubgraph({ port: 0, onRequest: (r) => received.push(r) });
  proxy = await startHttpFaultProxy(partner.url);
  const federation = {
    ...loadConfig({}).federation,
    subgraphs: [{ name: "registry", url: proxy.url, headers: { "x-partner-key": "hub-key-1" }, forwardHeaders: ["accept-language"], timeoutMs: TIMEOUT_MS }],
    pollIntervalMs: 0,
  };
  hub = await startTestHub({ config: { federation } });
});
afterAll(async () => {
  await hub?.close();
  await proxy?.close();
  await partner?.stop();
});

async function post(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  const body: any = await res.json();
  return { status: res.status, requestId: res.headers.get("x-request-id"), ...body, statements: body.extensions?.sql?.statements };
}

const entityFetches = () => received.filter((r) => r.query.includes("_entities"));

describe("gateway mode: the hub composes a partner subgraph", () => {
  it("serves the composed supergraph: the partner's fields on State, and its own root fields", async () => {
    const r = await post(`{ __type(name: "State") { fields { name } } q: __schema { queryType { fields { name } } } }`);
    const stateFields = r.data.__type.fields.map((f: { name: string }) => f.name);
    expect(stateFields).toEqual(expect.arrayContaining(["alpha3", "name", "meetings", "preventionMechanisms", "hasNationalMechanism"]));
    const rootFields = r.data.q.queryType.fields.map((f: { name: string }) => f.name);
    expect(rootFields).toEqual(expect.arrayContaining(["states", "node", "preventionMechanisms", "preventionMechanism"]));
    // The supergraph's API has no federation plumbing.
    expect(rootFields).not.toContain("_entities");
    expect(rootFields).not.toContain("_service");
  });

  it("hub → partner: a hub state gains the registry's fields, joined by alpha-3 code", async () => {
    const r = await post(`{ state(code: "GH") { name alpha3 hasNationalMechanism preventionMechanisms { id kind name } }
      denmark: state(code: "DK") { hasNationalMechanism preventionMechanisms { id } }
      france: state(code: "FR") { name hasNationalMechanism preventionMechanisms { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.state).toEqual({
      name: "Ghana",
      alpha3: "GHA",
      hasNationalMechanism: true,
      preventionMechanisms: [
        { id: "gha-npc", kind: "PEACE_COUNCIL", name: "National Peace Council" },
        { id: "gha-fp", kind: "R2P_FOCAL_POINT", name: "R2P focal point, Ministry of Foreign Affairs" },
      ],
    });
    expect(r.data.denmark).toEqual({ hasNationalMechanism: true, preventionMechanisms: [{ id: "dnk-fp" }] });
    expect(r.data.france).toEqual({ name: "France", hasNationalMechanism: false, preventionMechanisms: [] });
  });

  it("partner → hub: the registry's mechanisms point at hub states, organisations and meetings, resolved in one statement each", async () => {
    const r = await post(`{ preventionMechanism(id: "gha-npc") {
      name state { name alpha2 unStatus } supportedBy { key acronym name } presentedAt { key title city start { iso } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.preventionMechanism).toEqual({
      name: "National Peace Council",
      state: { name: "Ghana", alpha2: "GH", unStatus: "MEMBER" },
      supportedBy: [{ key: "kaiptc", acronym: "KAIPTC", name: "Kofi Annan International Peacekeeping Training Centre" }],
      presentedAt: { key: "r2p-fp-2013-accra", title: "Third Meeting of the Global Network of R2P Focal Points", city: "Accra", start: { iso: "2013-06-11" } },
    });
    const all = await post(`{ preventionMechanisms { id state { name } supportedBy { acronym } presentedAt { title } } }`);
    expect(all.errors).toBeUndefined();
    expect(all.data.preventionMechanisms).toHaveLength(7);
    expect(all.data.preventionMechanisms.find((m: any) => m.id === "tza-nc")).toEqual({ id: "tza-nc", state: { name: "Tanzania" }, supportedBy: [{ acronym: "AIPG" }, { acronym: "AU" }], presentedAt: null });
    // The hub answers its part of the plan (states, organisations, meetings) in one statement per loader.
    expect(all.statements).toBe(3);
  });

  it("batches entity fetches: one _entities request to the partner per plan step, for 5 states as for 100", async () => {
    for (const first of [5, 100]) {
      const before = entityFetches().length;
      const r = await post(`{ states(first: ${first}) { nodes { alpha3 hasNationalMechanism } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.states.nodes).toHaveLength(first);
      expect(entityFetches().length - before).toBe(1);
    }
  });

  it("sends the partner only its configured headers and x-request-id: never the client's Authorization or cookies", async () => {
    // A real partner key: the hub reads Authorization itself (src/auth/) and refuses a bad one with 401.
    const token = await issueKey(hub, { partner: "state:KE" });
    const r = await post(`{ state(code: "KE") { hasNationalMechanism } }`, {
      authorization: `Bearer ${token}`,
      cookie: "session=client-session",
      "x-api-key": "client-api-key",
      "accept-language": "fr",
      "x-request-id": "client-chosen-id-42",
    });
    expect(r.data.state.hasNationalMechanism).toBe(true);
    const seen = entityFetches().at(-1)!.headers;
    expect(seen["x-request-id"]).toBe("client-chosen-id-42");
    expect(r.requestId).toBe("client-chosen-id-42");
    expect(seen["x-partner-key"]).toBe("hub-key-1");
    expect(seen["accept-language"]).toBe("fr"); // named in forwardHeaders
    const leaked = Object.entries(seen).filter(([, v]) => /client-(session|api-key)/.test(v) || v.includes(token.slice(13)));
    expect(leaked).toEqual([]);
    expect(seen.authorization).toBeUndefined();
    // The key reaches the hub's own subgraph in process: the viewer is the partner, through the supergraph.
    const viewer = await post(`{ viewer { anonymous partner { key } } }`, { authorization: `Bearer ${token}` });
    expect(viewer.data.viewer).toEqual({ anonymous: false, partner: { key: "state:KE" } });
  });

  it("runs every operation of examples/federation.graphql as pasted, with the seed data's answers", async () => {
    const source = fs.readFileSync(path.join(__dirname, "..", "examples", "federation.graphql"), "utf8");
    const names = parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((d) => d.name!.value);
    expect(names).toEqual(["StateWithMechanisms", "MechanismsWithHubData", "NetworkMembersWithMechanisms", "StatesPageWithMechanisms"]);
    const data: Record<string, any> = {};
    for (const operationName of names) {
      const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: source, operationName }) });
      const body: any = await res.json();
      expect(body.errors, operationName).toBeUndefined();
      data[operationName] = body.data;
    }
    expect(data.StateWithMechanisms.state.preventionMechanisms.map((m: any) => m.name)).toEqual(["National Peace Council", "R2P focal point, Ministry of Foreign Affairs"]);
    expect(data.MechanismsWithHubData.preventionMechanisms.map((m: any) => m.state.name)).toEqual(["Kenya", "Tanzania"]);
    const members = data.NetworkMembersWithMechanisms.network.members.filter((m: any) => m.hasNationalMechanism);
    expect(members.map((m: any) => m.alpha3)).toEqual(expect.arrayContaining(["GHA", "DNK"]));
    const africa = data.StatesPageWithMechanisms.states.nodes;
    expect(africa.filter((s: any) => s.hasNationalMechanism).map((s: any) => s.alpha3).sort()).toEqual(["BWA", "GHA", "KEN", "TZA"]);
  });

  it("applies the limits to the whole supergraph operation, partner fields included", async () => {
    // The partner's plain lists are priced at the unknown-list fan-out (100) like any unpriced list.
    const r = await post(`{ states(first: 100) { nodes { preventionMechanisms { state { preventionMechanisms { id } } } } } }`);
    expect(r.status).toBe(400);
    expect(r.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    const ok = await post(`{ state(code: "GH") { preventionMechanisms { id } } }`);
    expect(ok.extensions.cost.requested).toBeGreaterThan(1);
  });

  it("keeps the hub's own errors as without a gateway: client errors coded and named, internal ones masked and logged once", async () => {
    const bad = await post(`{ meeting(id: "not an id!") { key } state(code: "GH") { name } }`);
    expect(bad.data).toEqual({ meeting: null, state: { name: "Ghana" } });
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ path: ["meeting"], extensions: { code: "BAD_USER_INPUT", argumentName: "id" } });
    expect(Object.keys(bad.errors[0].extensions).sort()).toEqual(["argumentName", "code"]);
    // A fault inside the hub's own subgraph (a table gone): masked, with the id of its log entry.
    await hub.ds.query("ALTER TABLE network RENAME TO network_gone");
    try {
      const before = hub.loggedErrors.length;
      const r = await post(`{ network(slug: "r2p-focal-points") { name } state(code: "GH") { name } }`);
      expect(r.data).toEqual({ network: null, state: { name: "Ghana" } });
      expect(r.errors[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", errorId: r.requestId });
      expect(r.errors[0].message).not.toMatch(/network/i);
      expect(hub.loggedErrors.length).toBe(before + 1);
      // The log entry holds the database's own error, not the gateway's wrapper around it.
      expect(String((hub.loggedErrors.at(-1) as { error: Error }).error.message)).toMatch(/network/);
    } finally {
      await hub.ds.query("ALTER TABLE network_gone RENAME TO network");
    }
  });

  it("answers automatic persisted queries through the gateway, and counts them in the logs' metrics", async () => {
    const query = `{ state(code: "TZ") { name hasNationalMechanism } }`;
    const { createHash } = await import("node:crypto");
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } };
    const send = async (body: object) => (await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json() as Promise<any>;
    expect((await send({ extensions })).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await send({ query, extensions })).data).toEqual({ state: { name: "Tanzania", hasNationalMechanism: true } });
    expect((await send({ extensions })).data).toEqual({ state: { name: "Tanzania", hasNationalMechanism: true } });
    const metrics = await (await fetch(hub.url.replace("/graphql", "/metrics"))).text();
    expect(metrics).toMatch(/hub_graphql_requests_total\{[^}]*outcome="ok"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/hub_graphql_request_cost_count [1-9]/);
  });

  describe("partner faults give partial data: the partner's fields null with SUBGRAPH_UNAVAILABLE, the rest answered", () => {
    const query = `{ state(code: "GH") { name alpha2 hasNationalMechanism } organisation(key: "gcr2p") { name } }`;
    const expectPartial = (r: any, reason: RegExp) => {
      expect(r.status).toBe(200);
      expect(r.data).toEqual({ state: { name: "Ghana", alpha2: "GH", hasNationalMechanism: null }, organisation: { name: "Global Centre for the Responsibility to Protect" } });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0].extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "registry" });
      // Where the partner's fields are missing: the Ghana state (a partner's own errors keep their paths).
      expect(r.errors[0].path?.slice(0, 1)).toEqual(["state"]);
      expect(r.errors[0].message).toMatch(reason);
      expect(JSON.stringify(r)).not.toContain(LEAKY_PARTNER_MESSAGE);
    };

    it("a partner slower than its timeout", async () => {
      proxy.mode = "slow";
      proxy.delayMs = TIMEOUT_MS + 700;
      const started = Date.now();
      const r = await post(query);
      expectPartial(r, new RegExp(`did not answer within ${TIMEOUT_MS} ms`));
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 600);
    });

    it("a partner that answers with errors, or with HTTP 500", async () => {
      proxy.mode = "errors";
      expectPartial(await post(query), /answered with errors/);
      proxy.mode = "http500";
      expectPartial(await post(query), /answered HTTP 500/);
    });

    it("a partner stopped mid-test; /ready names it but the hub stays ready", async () => {
      proxy.mode = "pass";
      expect((await post(query)).errors).toBeUndefined();
      await partner.stop();
      expectPartial(await post(query), /could not be reached/);
      const ready = await fetch(hub.url.replace("/graphql", "/ready"));
      expect(ready.status).toBe(200);
      const body: any = await ready.json();
      expect(body.status).toBe("ready");
      expect(body.subgraphs.hub.state).toBe("up");
      expect(body.subgraphs.registry).toMatchObject({ state: "down", reason: expect.stringMatching(/could not be reached/) });
    });
  });
});
