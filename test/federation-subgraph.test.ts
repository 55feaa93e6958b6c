import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, Kind, type DefinitionNode } from "graphql";
import { createSchema } from "../src/schema";
import { startTestHub, type TestHub } from "./support/test-server";

// The hub as a Federation 2 subgraph: what a router asks it (`_service`, `_entities`) and gets back.
let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const ENTITY_FIELDS = `
  __typename
  ... on State { id alpha2 alpha3 name }
  ... on Organisation { id key }
  ... on Network { id slug }
  ... on TreatyProposal { id slug }
  ... on Meeting { id key }
  ... on Person { id key }
  ... on Document { id key }
  ... on RegionalGroup { id key }
`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ${ENTITY_FIELDS} } }`;

type Row = Record<string, string>;
/** Seed rows of every keyed type, with their global ids and natural keys. */
async function seedRows(): Promise<Record<string, Row[]>> {
  const r = await hub.gql(`{
    states(first: 100) { nodes { id alpha2 alpha3 } }
    organisations(first: 30) { nodes { id key } }
    networks(first: 10) { nodes { id slug } }
    treatyProposals(first: 5) { nodes { id slug } }
    meetings(first: 20) { nodes { id key } }
    people(first: 10) { nodes { id key } }
    documents(first: 10) { nodes { id key } }
    regionalGroups { id key }
  }`);
  expect(r.errors).toBeUndefined();
  const d = r.data;
  return {
    State: d.states.nodes, Organisation: d.organisations.nodes, Network: d.networks.nodes, TreatyProposal: d.treatyProposals.nodes,
    Meeting: d.meetings.nodes, Person: d.people.nodes, Document: d.documents.nodes, RegionalGroup: d.regionalGroups,
  };
}

/** Representations by every key of every type, round-robin, `size` in all. */
function mixedRepresentations(rows: Record<string, Row[]>, size: number): Row[] {
  const keys: [string, string][] = [
    ["State", "id"], ["State", "alpha2"], ["State", "alpha3"], ["Organisation", "id"], ["Organisation", "key"], ["Network", "id"], ["Network", "slug"],
    ["TreatyProposal", "id"], ["TreatyProposal", "slug"], ["Meeting", "id"], ["Meeting", "key"], ["Person", "id"], ["Person", "key"],
    ["Document", "id"], ["Document", "key"], ["RegionalGroup", "id"], ["RegionalGroup", "key"],
  ];
  return Array.from({ length: size }, (_, i) => {
    const [type, field] = keys[i % keys.length];
    const list = rows[type];
    return { __typename: type, [field]: list[Math.floor(i / keys.length) % list.length][field] };
  });
}

describe("the hub as a Federation 2 subgraph", () => {
  it("answers _service { sdl } with the committed schema/subgraph.graphql, linked to Federation 2 with the entity keys", async () => {
    const r = await hub.gql("{ _service { sdl } }");
    expect(r.errors).toBeUndefined();
    const sdl: string = r.data._service.sdl;
    const committed = fs.readFileSync(path.join(__dirname, "..", "schema", "subgraph.graphql"), "utf8");
    expect(committed.endsWith(sdl + "\n")).toBe(true);
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    const keys = (type: string) => [...new RegExp(`^type ${type} implements [^\\n]*\\n((?:  @[^\\n]*\\n)*)`, "m").exec(sdl)![1].matchAll(/@key\(fields: "(\w+)"\)/g)].map((m) => m[1]);
    expect(keys("State")).toEqual(["id", "alpha2", "alpha3"]);
    expect(keys("Organisation")).toEqual(["id", "key"]);
    expect(keys("Network")).toEqual(["id", "slug"]);
    expect(keys("TreatyProposal")).toEqual(["id", "slug"]);
    expect(keys("Meeting")).toEqual(["id", "key"]);
    expect(keys("Observation")).toEqual(["id"]);
    expect(sdl).toMatch(/^type PartialDate\n  @shareable\n/m);
  });

  it("keeps every description of the public schema in the subgraph SDL", async () => {
    const r = await hub.gql("{ _service { sdl } }");
    const descriptions = (sdl: string) => {
      const found = new Map<string, string>();
      const visit = (owner: string, node: any) => {
        if (node.description) found.set(owner, node.description.value);
        for (const f of [...(node.fields ?? []), ...(node.values ?? []), ...(node.arguments ?? [])]) visit(`${owner}.${f.name.value}`, f);
      };
      for (const d of parse(sdl).definitions as DefinitionNode[]) if ("name" in d && d.name && d.kind !== Kind.DIRECTIVE_DEFINITION) visit(d.name.value, d);
      return found;
    };
    const { printSchema } = await import("graphql");
    const publicOnes = descriptions(printSchema(await createSchema()));
    const subgraphOnes = descriptions(r.data._service.sdl);
    expect(publicOnes.size).toBeGreaterThan(500);
    const lost = [...publicOnes].filter(([owner, text]) => subgraphOnes.get(owner) !== text).map(([owner]) => owner);
    expect(lost).toEqual([]);
  });

  it("resolves a batch of 100 representations of mixed types and keys in one statement per type and key, as for 17", async () => {
    const rows = await seedRows();
    const small = mixedRepresentations(rows, 17);
    const large = mixedRepresentations(rows, 100);
    const a = await hub.gql(ENTITIES, { r: small });
    const b = await hub.gql(ENTITIES, { r: large });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    // Each representation comes back as the entity it names, in order.
    b.data._entities.forEach((entity: Row, i: number) => {
      const { __typename, ...key } = large[i];
      expect(entity.__typename).toBe(__typename);
      for (const [field, value] of Object.entries(key)) expect(entity[field]).toBe(value);
    });
    // 8 types by global id, and 8 natural-key loaders (alpha-2 and alpha-3 share one): 16 statements.
    expect(a.statements).toBe(16);
    expect(b.statements).toBe(16);
  });

  it("gives null for an entity whose key matches nothing, and still answers the rest of the batch", async () => {
    const rows = await seedRows();
    const france = rows.State.find((s) => s.alpha2 === "FR")!;
    const unknown = [
      { __typename: "State", alpha3: "ZZZ" },
      { __typename: "State", alpha3: "FR" }, // an alpha-2 code under the alpha-3 key
      { __typename: "State", alpha2: "fr" }, // keys match exactly, as the hub prints them
      { __typename: "State", id: rows.Organisation[0].id }, // a global id of another type
      { __typename: "State", id: "not-a-global-id" },
      { __typename: "State", name: "France" }, // not a key
      { __typename: "State", alpha2: 7 },
      { __typename: "Organisation", key: "no-such-organisation" },
      { __typename: "PartialDate", earliest: "2011-01-01" }, // not an entity
      { __typename: "NoSuchType", id: france.id },
      { __typename: "Meeting", key: "x".repeat(10_000) },
    ];
    const r = await hub.gql(ENTITIES, { r: [...unknown, { __typename: "State", alpha3: "FRA" }] });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities).toEqual([...unknown.map(() => null), { __typename: "State", id: france.id, alpha2: "FR", alpha3: "FRA", name: "France" }]);
  });

  it("prices _entities per representation, and counts it against the limits", async () => {
    const rows = await seedRows();
    const r: any = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: ENTITIES, variables: { r: mixedRepresentations(rows, 100) } }),
    }).then((res) => res.json());
    expect(r.extensions.cost.requested).toBe(101);
    const tooMany = await hub.gql(ENTITIES, { r: Array.from({ length: 1001 }, () => ({ __typename: "State", alpha2: "FR" })) });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
