import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { startPartnerSubgraph, type PartnerSubgraph } from "../examples/partner-subgraph/server";
import { loadConfig } from "../src/config";
import { composeSupergraph } from "../src/federation/compose-supergraph";
import { createLogger } from "../src/observability/logger";
import { startTestHub, type TestHub } from "./support/test-server";

// A second engine: the supergraph file `npm run compose` writes, served by Hive Gateway (The
// Guild's router, not Apollo's), over real HTTP to the hub's subgraph and the example partner.
// What the README promises for production routers, proven with one of them.
let hub: TestHub;
let registry: PartnerSubgraph;
let gateway: http.Server;
let gatewayUrl: string;
let dispose: () => unknown;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-hive-"));

beforeAll(async () => {
  hub = await startTestHub();
  registry = await startPartnerSubgraph({ port: 0 });
  const federation = { ...loadConfig({}).federation, pollIntervalMs: 0, hubUrl: hub.url, subgraphs: [{ name: "registry", url: registry.url, headers: {}, forwardHeaders: [], timeoutMs: 3000 }] };
  const file = path.join(dir, "supergraph.graphql");
  fs.writeFileSync(file, await composeSupergraph(federation, createLogger("silent")));
  const runtime = createGatewayRuntime({ supergraph: file, logging: false });
  dispose = () => runtime.dispose();
  gateway = http.createServer(runtime);
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as { port: number }).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => gateway?.close(resolve));
  await dispose?.();
  await registry?.stop();
  await hub?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const viaHive = async (query: string) => (await (await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })).json()) as any;

describe("the composed supergraph in Hive Gateway", () => {
  it("joins hub → partner: a hub state with the registry's mechanisms (by alpha-3)", async () => {
    const r = await viaHive(`{ state(code: "GH") { name alpha3 preventionMechanisms { name establishedYear } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.state.name).toBe("Ghana");
    expect(r.data.state.preventionMechanisms).toContainEqual({ name: "National Peace Council", establishedYear: 2011 });
  });

  it("joins partner → hub: the registry's mechanisms with the hub's states and meetings (by key)", async () => {
    const r = await viaHive(`{ preventionMechanism(id: "bwa-fp") { name state { name } presentedAt { city } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.preventionMechanism).toEqual({ name: "R2P focal point", state: { name: "Botswana" }, presentedAt: { city: "Gaborone" } });
  });
});
