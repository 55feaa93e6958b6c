import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloGateway, IntrospectAndCompose } from "@apollo/gateway";
import { startPartnerSubgraph, type PartnerSubgraph, type ReceivedRequest } from "../examples/partner-subgraph/server";
import { loadConfig, type Config } from "../src/config";
import type { FederationConfig } from "../src/federation/federation.config";
import { composeSupergraph } from "../src/federation/compose-supergraph";
import { createHubServer } from "../src/server";
import { createLogger } from "../src/observability/logger";
import { startTestHub, type TestHub } from "./support/test-server";
import { KeyStore } from "../src/auth/key-store";
import { startMiniSubgraph } from "./support/mini-subgraph";

// Composition: the hub's subgraph SDL in an outside supergraph, `npm run compose` and the static
// SUPERGRAPH_SDL mode, composition errors at start, and partner changes picked up by polling.
// One seeded database; the gateway hubs share it.
let subgraphHub: TestHub;
let registry: PartnerSubgraph;
const registryLog: ReceivedRequest[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-compose-"));

beforeAll(async () => {
  subgraphHub = await startTestHub();
  registry = await startPartnerSubgraph({ port: 0, onRequest: (r) => registryLog.push(r) });
});
afterAll(async () => {
  await subgraphHub?.close();
  await registry?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const federationWith = (overrides: Partial<FederationConfig>): FederationConfig => ({ ...loadConfig({}).federation, pollIntervalMs: 0, ...overrides });
const registryConfig = (extra: Partial<FederationConfig["subgraphs"][number]> = {}) => ({ name: "registry", url: registry.url, headers: {}, forwardHeaders: [], timeoutMs: 3000, ...extra });

/** A hub process's server on the shared database, in gateway mode; log lines collected. */
async function gatewayHub(federation: FederationConfig, lines: string[] = []) {
  const config: Config = { ...loadConfig({}), database: subgraphHub.database.config, logLevel: "info", federation };
  const server = await createHubServer(subgraphHub.ds, config, { logDestination: { write: (line: string) => void lines.push(line) } });
  const port = await server.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/graphql`;
  const gql = async (query: string, headers: Record<string, string> = {}) =>
    (await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) })).json() as Promise<any>;
  return { url, gql, stop: () => server.stop() };
}

/** An early-warning watchlist no test has seen before: it extends State by alpha-3 and lists hub states. */
const watchTypeDefs = (extraStateFields = "") => `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
  type State @key(fields: "alpha3") { alpha3: String! riskLevel: String ${extraStateFields} }
  type Query { watchlist: [State!]! }
`;
const RISK: Record<string, string> = { MMR: "HIGH", SDN: "HIGH", GHA: "LOW" };
const watchResolvers = {
  Query: { watchlist: () => [{ alpha3: "MMR" }, { alpha3: "SDN" }] },
  State: { __resolveReference: (ref: { alpha3: string }) => ref, riskLevel: (s: { alpha3: string }) => RISK[s.alpha3] ?? null, riskNote: () => "under review" },
};
const WATCH_QUERY = `{ watchlist { alpha3 name alpha2 riskLevel } state(code: "GH") { name riskLevel } }`;
const WATCH_ANSWER = { watchlist: [{ alpha3: "MMR", name: "Myanmar", alpha2: "MM", riskLevel: "HIGH" }, { alpha3: "SDN", name: "Sudan", alpha2: "SD", riskLevel: "HIGH" }], state: { name: "Ghana", riskLevel: "LOW" } };

describe("composition", () => {
  it("an outside supergraph (plain @apollo/gateway) composes the hub's _service SDL over HTTP with an unseen partner and answers across the boundary", async () => {
    const watch = await startMiniSubgraph(watchTypeDefs(), watchResolvers);
    const gateway = new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: "hub", url: subgraphHub.url }, { name: "watch", url: watch.url }] }) });
    const outside = new ApolloServer({ gateway });
    const { url } = await startStandaloneServer(outside, { listen: { port: 0, host: "127.0.0.1" } });
    try {
      const r: any = await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: WATCH_QUERY }) })).json();
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual(WATCH_ANSWER);
    } finally {
      await outside.stop();
      await watch.stop();
    }
  });

  it("`npm run compose` writes a supergraph that names every subgraph, and SUPERGRAPH_SDL serves it without asking partners for their SDL", async () => {
    const supergraph = await composeSupergraph(federationWith({ subgraphs: [registryConfig()], hubUrl: "https://hub.example.org/graphql" }), createLogger("silent"));
    expect(supergraph).toMatch(/@join__graph\(name: "hub", url: "https:\/\/hub\.example\.org\/graphql"\)/);
    expect(supergraph).toContain(`@join__graph(name: "registry", url: "${registry.url}")`);
    const file = path.join(dir, "supergraph.graphql");
    fs.writeFileSync(file, supergraph);

    const sdlRequests = () => registryLog.filter((r) => r.query.includes("_service")).length;
    const before = sdlRequests();
    // Static mode; this subgraph's configuration forwards the client's Authorization (and only it).
    const hub = await gatewayHub(federationWith({ supergraphSdlPath: file, subgraphs: [registryConfig({ forwardHeaders: ["authorization"] })] }));
    try {
      // The hub reads Authorization as a partner key (src/auth/): a bad one would be refused with 401.
      const key = `Bearer ${(await new KeyStore(subgraphHub.ds, 365).createKey({ partner: "state:BW" })).token}`;
      const r = await hub.gql(`{ preventionMechanism(id: "bwa-fp") { name state { name } presentedAt { city } } }`, { authorization: key, cookie: "c=1" });
      expect(r.errors).toBeUndefined();
      expect(r.data.preventionMechanism).toEqual({ name: "R2P focal point", state: { name: "Botswana" }, presentedAt: { city: "Gaborone" } });
      expect(sdlRequests()).toBe(before);
      const seen = registryLog.at(-1)!.headers;
      expect(seen.authorization).toBe(key);
      expect(seen.cookie).toBeUndefined();
    } finally {
      await hub.stop();
    }
  });

  it("does not start on a supergraph that does not compose; the error names the subgraphs and the conflict", async () => {
    const broken = await startMiniSubgraph(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
      type State @key(fields: "alpha3") { alpha3: String! name: Int }
      type Query { brokenThing: Int }`, { State: { name: () => 1 }, Query: { brokenThing: () => 1 } });
    try {
      const error = await gatewayHub(federationWith({ subgraphs: [{ ...registryConfig(), name: "broken", url: broken.url }] })).then(
        () => { throw new Error("the hub started"); },
        (e: Error) => e,
      );
      expect(error.message).toMatch(/couldn't be composed/);
      expect(error.message).toMatch(/"State\.name"/);
      expect(error.message).toMatch(/subgraph "hub"/);
      expect(error.message).toMatch(/subgraph "broken"/);
    } finally {
      await broken.stop();
    }
  });

  it("polls partners: a change that breaks composition is logged and the last good supergraph stays; a good change is picked up", async () => {
    let watch = await startMiniSubgraph(watchTypeDefs(), watchResolvers);
    const port = watch.port;
    const lines: string[] = [];
    const hub = await gatewayHub(federationWith({ subgraphs: [{ ...registryConfig(), name: "watch", url: watch.url }], pollIntervalMs: 100 }), lines);
    const waitForLog = async (pattern: RegExp) => {
      for (let i = 0; i < 100 && !lines.some((l) => pattern.test(l)); i++) await new Promise((r) => setTimeout(r, 50));
      return lines.find((l) => pattern.test(l));
    };
    try {
      expect((await hub.gql(WATCH_QUERY)).data).toEqual(WATCH_ANSWER);
      // The partner redeploys with a State.name that conflicts with the hub's.
      await watch.stop();
      watch = await startMiniSubgraph(watchTypeDefs("name: Int"), watchResolvers, port);
      // While it restarts, a poll may log that it cannot be reached; wait for the composition error.
      const why = await waitForLog(/State\.name[\s\S]*keeps serving the last supergraph/);
      expect(why).toMatch(/State\.name/);
      expect(JSON.parse(why!).level).toBe("error");
      expect((await hub.gql(WATCH_QUERY)).data).toEqual(WATCH_ANSWER);
      // It redeploys again with a compatible addition: the hub composes it and serves the new field.
      await watch.stop();
      watch = await startMiniSubgraph(watchTypeDefs("riskNote: String"), watchResolvers, port);
      expect(await waitForLog(/supergraph updated/)).toBeDefined();
      const r = await hub.gql(`{ state(code: "MM") { name riskNote } }`);
      expect(r.data).toEqual({ state: { name: "Myanmar", riskNote: "under review" } });
    } finally {
      await hub.stop();
      await watch.stop();
    }
  });
});

describe("configuration", () => {
  it("reads partners from PARTNER_SUBGRAPHS and from a SUPERGRAPH_CONFIG file, and refuses what cannot work", () => {
    const listed = loadConfig({ PARTNER_SUBGRAPHS: "registry=http://127.0.0.1:4001/, watch=https://watch.example.org/graphql", SUBGRAPH_TIMEOUT_MS: "2500" }).federation;
    expect(listed.subgraphs).toEqual([
      { name: "registry", url: "http://127.0.0.1:4001/", headers: {}, forwardHeaders: [], timeoutMs: 2500 },
      { name: "watch", url: "https://watch.example.org/graphql", headers: {}, forwardHeaders: [], timeoutMs: 2500 },
    ]);
    const file = path.join(dir, "subgraphs.json");
    fs.writeFileSync(file, JSON.stringify({ pollIntervalMs: 60000, subgraphs: [{ name: "registry", url: "http://r/", headers: { "x-api-key": "k" }, forwardHeaders: ["Authorization"], timeoutMs: 900 }] }));
    const fromFile = loadConfig({ SUPERGRAPH_CONFIG: file }).federation;
    expect(fromFile.subgraphs).toEqual([{ name: "registry", url: "http://r/", headers: { "x-api-key": "k" }, forwardHeaders: ["authorization"], timeoutMs: 900 }]);
    expect(fromFile.pollIntervalMs).toBe(60000);
    expect(loadConfig({}).federation.subgraphs).toEqual([]);
    expect(() => loadConfig({ PARTNER_SUBGRAPHS: "hub=http://x/" })).toThrow(/"hub" is used twice/);
    expect(() => loadConfig({ PARTNER_SUBGRAPHS: "registry=ftp://x/" })).toThrow(/needs an http\(s\) url/);
    expect(() => loadConfig({ PARTNER_SUBGRAPHS: "bad name=http://x/" })).toThrow(/needs a name/);
    expect(() => loadConfig({ SUPERGRAPH_CONFIG: path.join(dir, "missing.json") })).toThrow(/SUPERGRAPH_CONFIG: cannot read/);
  });
});
