import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const codes = (memberships: any[]) => memberships.map((m) => m.member.alpha3).sort();

describe("organisation lookups", () => {
  it("finds an organisation by acronym case-insensitively, by key, and by id", async () => {
    const r = await hub.gql(`{
      a: organisation(acronym: "gcr2p") { id key acronym kind name }
      b: organisation(acronym: "GcR2p") { key }
      c: organisation(key: "EU") { name acronym }
      none: organisation(acronym: "XYZ") { key }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a).toMatchObject({ key: "gcr2p", acronym: "GCR2P", kind: "NGO", name: "Global Centre for the Responsibility to Protect" });
    expect(r.data.b.key).toBe("gcr2p");
    expect(r.data.c).toEqual({ name: "European Union", acronym: "EU" });
    expect(r.data.none).toBeNull();
    // acronyms in one batch, keys in another
    expect(r.statements).toBe(2);

    const byId = await hub.gql(`query($id: ID!) { organisation(id: $id) { acronym } node(id: $id) { ... on Organisation { key } } }`, { id: r.data.a.id });
    expect(byId.data).toEqual({ organisation: { acronym: "GCR2P" }, node: { key: "gcr2p" } });
    expect(byId.statements).toBe(1);

    const stateId = await hub.gql(`{ state(code: "GH") { id } }`);
    const wrongType = await hub.gql(`query($id: ID) { organisation(id: $id) { key } }`, { id: stateId.data.state.id });
    expect(wrongType.errors).toBeUndefined();
    expect(wrongType.data.organisation).toBeNull();
    expect(wrongType.statements).toBe(0);
  });

  it("demands exactly one of id, acronym and key, naming the argument", async () => {
    const none = await hub.gql(`{ organisation { key } }`);
    expect(none.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(none.errors?.[0].extensions?.argumentName).toBe("id");
    const two = await hub.gql(`{ organisation(acronym: "EU", key: "eu") { key } }`);
    expect(two.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(two.errors?.[0].extensions?.argumentName).toBe("key");
    expect(two.statements).toBe(0);
  });

  it("gives the EEAS's parent (the EU), the EU's sub-bodies and headquarters country", async () => {
    const r = await hub.gql(`{
      eeas: organisation(acronym: "eeas") { name parent { key name } founded { iso } sources { citation { url } } }
      eu: organisation(key: "eu") { parent { key } children { key } headquarters headquartersCountry { alpha3 } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.eeas.name).toBe("European External Action Service");
    expect(r.data.eeas.parent).toEqual({ key: "eu", name: "European Union" });
    expect(r.data.eeas.founded).toEqual({ iso: "2011-01-01" });
    expect(r.data.eeas.sources).toHaveLength(1);
    expect(r.data.eu.parent).toBeNull();
    expect(r.data.eu.children.map((c: any) => c.key)).toEqual(["european-commission", "eeas"]);
    expect(r.data.eu).toMatchObject({ headquarters: "Brussels", headquartersCountry: { alpha3: "BEL" } });
    // by acronym, by key, parent, children, headquarters state, source links, citations
    expect(r.statements).toBe(7);
  });
});

describe("organisation memberships over time", () => {
  it("has the United Kingdom in the EU on 2019-01-01 and not on 2021-01-01", async () => {
    const r = await hub.gql(`{
      organisation(key: "eu") {
        in2019: members(asOf: "2019-01-01") { member { ... on State { alpha3 } } }
        in2021: members(asOf: "2021-01-01") { member { ... on State { alpha3 } } }
      }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation.in2019).toHaveLength(28);
    expect(codes(r.data.organisation.in2019)).toContain("GBR");
    expect(r.data.organisation.in2021).toHaveLength(27);
    expect(codes(r.data.organisation.in2021)).not.toContain("GBR");
    // the EU, one membership statement per asOf, one for all member states
    expect(r.statements).toBe(4);
  });

  it("counts 12 ECOWAS members on 2025-06-01, after the Sahel states left", async () => {
    const r = await hub.gql(`{
      organisation(acronym: "ECOWAS") {
        now: members(asOf: "2025-06-01") { status member { ... on State { alpha3 } } }
        ever: members { start { iso } end { iso } member { ... on State { alpha3 } } }
      }
    }`);
    expect(r.errors).toBeUndefined();
    const now = codes(r.data.organisation.now);
    expect(now).toHaveLength(12);
    for (const gone of ["BFA", "MLI", "NER", "MRT"]) expect(now).not.toContain(gone);
    expect(now).toContain("CPV");
    expect(r.data.organisation.ever).toHaveLength(16);
    const burkina = r.data.organisation.ever.find((m: any) => m.member.alpha3 === "BFA");
    expect(burkina).toMatchObject({ start: { iso: "1975-05-28" }, end: { iso: "2025-01-29" } });
    expect(r.statements).toBe(4);
  });

  it("shows the EU's own membership of the UfM, and the EU as an Actor among the UfM's members", async () => {
    const eu = await hub.gql(`{ organisation(key: "eu") { memberships { status note organisation { key } } } }`);
    expect(eu.errors).toBeUndefined();
    expect(eu.data.organisation.memberships).toHaveLength(1);
    expect(eu.data.organisation.memberships[0]).toMatchObject({ status: "MEMBER", organisation: { key: "ufm" } });
    // the EU, its memberships, the organisations joined
    expect(eu.statements).toBe(3);

    const ufm = await hub.gql(`{ organisation(acronym: "ufm") { members { member { __typename ... on Organisation { key } } } } }`);
    expect(ufm.errors).toBeUndefined();
    const members = ufm.data.organisation.members.map((m: any) => m.member);
    expect(members).toHaveLength(45);
    expect(members.filter((m: any) => m.__typename === "Organisation")).toEqual([{ __typename: "Organisation", key: "eu" }]);
    // the UfM, its memberships, member states, member organisations
    expect(ufm.statements).toBe(4);
  });

  it("lists a state's organisations, as of a day, batched across states", async () => {
    const r = await hub.gql(`{
      lv: state(code: "LV") { organisations { organisation { key } } }
      gb: state(code: "GB") { organisations(asOf: "2021-01-01") { organisation { key } sources { citation { publisher } } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.lv.organisations.map((m: any) => m.organisation.key).sort()).toEqual(["coe", "eu", "nato", "osce", "ufm"]);
    expect(r.data.gb.organisations.map((m: any) => m.organisation.key).sort()).toEqual(["coe", "nato", "osce"]);
    expect(r.data.gb.organisations.every((m: any) => m.sources.length >= 1)).toBe(true);
    // states, memberships (one per asOf), organisations, source links, citations
    expect(r.statements).toBe(6);
  });
});

describe("organisations list", () => {
  it("filters by kind, name or alias, parent and member state", async () => {
    const r = await hub.gql(`{
      regional: organisations(filter: { kinds: [REGIONAL_ORGANISATION] }) { totalCount }
      cedeao: organisations(filter: { name: "cedeao" }) { nodes { key } }
      un: organisations(filter: { parent: "un" }) { nodes { key } }
      gb: organisations(filter: { memberState: "gb" }) { nodes { key } }
      gb2021: organisations(filter: { memberState: "GBR", memberAsOf: "2021-01-01" }) { nodes { key } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.regional.totalCount).toBe(10);
    expect(r.data.cedeao.nodes).toEqual([{ key: "ecowas" }]);
    expect(r.data.un.nodes.map((o: any) => o.key).sort()).toEqual(["peacebuilding-commission", "un-general-assembly", "un-secretariat", "un-security-council", "un-women"]);
    expect(r.data.gb.nodes.map((o: any) => o.key).sort()).toEqual(["coe", "eu", "nato", "osce"]);
    expect(r.data.gb2021.nodes.map((o: any) => o.key).sort()).toEqual(["coe", "nato", "osce"]);
    expect(r.statements).toBe(6);
  });

  it("orders by name or acronym and pages through all 37 organisations", async () => {
    const r = await hub.gql(`{
      byName: organisations(first: 1) { totalCount nodes { name } }
      byAcronym: organisations(orderBy: { field: ACRONYM }, first: 1) { nodes { acronym } }
    }`);
    expect(r.data.byName).toEqual({ totalCount: 37, nodes: [{ name: "African Union" }] });
    expect(r.data.byAcronym.nodes).toEqual([{ acronym: "AIPG" }]);
    expect(r.statements).toBe(3);

    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await hub.gql(`query($after: String) { organisations(orderBy: { field: ACRONYM }, first: 10, after: $after) { nodes { key } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(page.statements).toBe(1);
      seen.push(...page.data.organisations.nodes.map((o: any) => o.key));
      if (!page.data.organisations.pageInfo.hasNextPage) break;
      after = page.data.organisations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(37);
    expect(new Set(seen).size).toBe(37);
  });

  it("rejects memberAsOf without memberState, and a malformed date, naming the argument", async () => {
    const alone = await hub.gql(`{ organisations(filter: { memberAsOf: "2021-01-01" }) { totalCount } }`);
    expect(alone.errors?.[0].extensions?.argumentName).toBe("filter.memberAsOf");
    const bad = await hub.gql(`{ organisations(filter: { memberState: "GB", memberAsOf: "2021-13-01" }) { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0].extensions?.argumentName).toBe("filter.memberAsOf");
    expect(bad.statements).toBe(0);
  });
});

describe("citation(id)", () => {
  it("looks a citation up by the id a source link gives", async () => {
    const src = await hub.gql(`{ organisation(key: "ecowas") { sources { citation { id url } } } }`);
    const cite = src.data.organisation.sources[0].citation;
    const r = await hub.gql(`query($id: ID!) { citation(id: $id) { url publisher } missing: citation(id: "nope") { url } }`, { id: cite.id });
    expect(r.errors).toBeUndefined();
    expect(r.data.citation.url).toBe(cite.url);
    expect(r.data.missing).toBeNull();
    expect(r.statements).toBe(1);
  });
});
