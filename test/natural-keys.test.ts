import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { NETWORK_SLUGS, TREATY_SLUGS } from "../resolvers/natural-keys.descriptions";

/**
 * Filters that name a state, organisation, network or treaty take its global id or its natural key
 * (ISO alpha-2/alpha-3 code, acronym or key, slug), in any case, resolved inside the filter's own
 * SQL: a key costs exactly the statements an id costs. A key that names nothing matches nothing.
 */
let hub: TestHub;
const ids: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  const r = await hub.gql(`{
    gha: state(code: "GHA") { id } nld: state(code: "NLD") { id } bel: state(code: "BEL") { id } mng: state(code: "MNG") { id }
    un: organisation(key: "un") { id } eu: organisation(key: "eu") { id } au: organisation(key: "au") { id }
    r2p: network(slug: "r2p-focal-points") { id } lhc: treatyProposal(slug: "ljubljana-the-hague-convention") { id }
    meeting: meetings(first: 1) { nodes { id } }
  }`);
  for (const [k, v] of Object.entries(r.data as Record<string, any>)) ids[k] = v.id ?? v.nodes[0].id;
});
afterAll(async () => {
  await hub?.close();
});

/** Runs one list query with a filter variable; returns the keys (or slugs…) it lists, and the statements it ran. */
async function list(field: string, type: string, filter: Record<string, unknown>, key = "key") {
  const r = await hub.gql(`query($f: ${type}) { ${field}(filter: $f, first: 100) { nodes { ${key} } } }`, { f: filter });
  expect(r.errors, JSON.stringify(filter)).toBeUndefined();
  return { keys: r.data[field].nodes.map((n: Record<string, string>) => n[key]), statements: r.statements };
}

/** Asserts every value names the same rows, at the same statement count, as the first. */
async function sameForAll(field: string, type: string, name: string, values: string[], expected: string[], key = "key") {
  for (const value of values) {
    const r = await list(field, type, { [name]: value }, key);
    expect(r.keys, `${field} ${name}=${value}`).toEqual(expected);
    expect(r.statements, `${field} ${name}=${value}`).toBe(1);
  }
}

const GHANA_HOSTED = ["r2p-ministerial-2010", "r2p-fp-2011-new-york", "r2p-fp-2012-new-york", "r2p-fp-2013-accra"];

describe("meetings", () => {
  it("host: a global id, alpha-2, alpha-3, any case, and the state: prefix name the same state", async () => {
    await sameForAll("meetings", "MeetingFilter", "host", [ids.gha, "GH", "gh", "GHA", "gHa", " GHA ", "state:GH", "STATE:gha"], GHANA_HOSTED);
  });

  it("a code that is also an acronym is the state; organisation: names the organisation", async () => {
    // AU: Australia (co-hosted 2012, took part 2011) or the African Union (took part in 2019).
    await sameForAll("meetings", "MeetingFilter", "participant", ["AU", "aus", "state:au"], ["r2p-fp-2011-new-york", "r2p-fp-2012-new-york"]);
    await sameForAll("meetings", "MeetingFilter", "participant", [ids.au, "organisation:AU", "Organisation:au"], ["r2p-fp-2019-brussels"]);
    // EC: Ecuador hosted nothing; the European Commission co-hosted 2019, by prefix or by its key.
    await sameForAll("meetings", "MeetingFilter", "host", ["EC", "ecu"], []);
    await sameForAll("meetings", "MeetingFilter", "host", ["organisation:EC", "european-commission"], ["r2p-fp-2019-brussels"]);
  });

  it("network and country take ids and keys; unknown keys match nothing", async () => {
    const r2p = await list("meetings", "MeetingFilter", { network: "r2p-focal-points" });
    expect(r2p.keys.length).toBeGreaterThan(5);
    await sameForAll("meetings", "MeetingFilter", "network", [ids.r2p, "R2P-Focal-Points"], r2p.keys);
    await sameForAll("meetings", "MeetingFilter", "country", [ids.gha, "gh", "Gha"], ["r2p-fp-2013-accra"]);
    for (const [name, value] of [["host", "ZZ"], ["host", "Ghana"], ["participant", "not-a-key"], ["network", "no-such-network"], ["country", "ZZZ"], ["host", ids.r2p], ["network", ids.gha]]) {
      expect((await list("meetings", "MeetingFilter", { [name]: value })).keys, `${name}=${value}`).toEqual([]);
    }
  });

  it("title: every word, any order, any case, on both databases", async () => {
    const r = await list("meetings", "MeetingFilter", { title: "ANNUAL meeting" });
    expect(r.keys).toHaveLength(8);
    expect(r.statements).toBe(1);
    const titles = await hub.gql(`{ meetings(filter: { title: "meeting annual" }, first: 100) { nodes { key title } } }`);
    expect(titles.data.meetings.nodes.map((n: any) => n.key)).toEqual(r.keys);
    for (const n of titles.data.meetings.nodes) expect(n.title.toLowerCase()).toMatch(/(?=.*annual)(?=.*meeting)/);
    const focal = await list("meetings", "MeetingFilter", { title: "network FOCAL", host: "gh" });
    expect(focal.keys).toEqual(["r2p-fp-2012-new-york", "r2p-fp-2013-accra"]);
    expect((await list("meetings", "MeetingFilter", { title: "no-such-word-anywhere" })).keys).toEqual([]);
    // LIKE wildcards are text, not patterns.
    expect((await list("meetings", "MeetingFilter", { title: "_%_" })).keys.length).toBeGreaterThan(0);
    const blank = await hub.gql(`{ meetings(filter: { title: "   " }) { totalCount } }`);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.title" });
  });
});

describe("documents", () => {
  it("author and signatory take codes, acronyms and keys", async () => {
    const dutch = ["r2p-ministerial-2011-joint-statement", "r2p-gof-statement-iid-2016", "r2p-gof-statement-iid-2017"];
    await sameForAll("documents", "DocumentFilter", "author", [ids.nld, "NL", "nld", "Nld"], dutch);
    await sameForAll("documents", "DocumentFilter", "author", [ids.eu, "EU", "eu"], ["r2p-eu-statement-iid-2014"]);
    const sg = await list("documents", "DocumentFilter", { author: "un-secretariat" });
    expect(sg.keys).toHaveLength(6);
    await sameForAll("documents", "DocumentFilter", "signatory", [ids.au, "organisation:au"], ["wps-fpn-joint-communique-2016", "wps-fpn-2023-washington-communique"]);
    await sameForAll("documents", "DocumentFilter", "signatory", ["AU"], []); // Australia signed none
  });

  it("network takes an id or a slug", async () => {
    const gof = await list("documents", "DocumentFilter", { network: "group-of-friends-r2p" });
    expect(gof.keys.length).toBeGreaterThan(0);
    const r = await hub.gql(`query($id: String) { documents(filter: { network: $id }) { totalCount } }`, { id: (await hub.gql(`{ network(slug: "group-of-friends-r2p") { id } }`)).data.network.id });
    expect(r.data.documents.totalCount).toBe(gof.keys.length);
  });
});

describe("networks, people, treaties, states and organisations", () => {
  it("networks(member:) by id, code, acronym; AU is Australia", async () => {
    await sameForAll("networks", "NetworkFilter", "member", [ids.gha, "gh", "GHA"], ["r2p-focal-points"], "slug");
    const eu = await list("networks", "NetworkFilter", { member: ids.eu }, "slug");
    await sameForAll("networks", "NetworkFilter", "member", ["EU", "eu"], eu.keys, "slug");
    await sameForAll("networks", "NetworkFilter", "member", ["AU"], ["r2p-focal-points"], "slug");
    await sameForAll("networks", "NetworkFilter", "member", ["organisation:AU", "ZZ"], [], "slug");
  });

  it("people(affiliation:) by id, code, key", async () => {
    const q = (f: unknown) => hub.gql(`query($f: PersonFilter) { people(filter: $f, first: 100) { nodes { name } } }`, { f });
    const byId = await q({ affiliation: ids.nld });
    expect(byId.data.people.nodes.map((p: any) => p.name)).toEqual(["Bert Koenders", "Dilan Yeşilgöz-Zegerius", "Uri Rosenthal"]);
    for (const v of ["NL", "nld"]) expect((await q({ affiliation: v })).data).toEqual(byId.data);
    const un = await q({ affiliation: ids.un });
    for (const v of ["UN", "un"]) {
      const r = await q({ affiliation: v });
      expect(r.data).toEqual(un.data);
      expect(r.statements).toBe(un.statements);
    }
  });

  it("treatyProposals(proponent:, signatory:, party:) by code", async () => {
    const SLUG = "ljubljana-the-hague-convention";
    await sameForAll("treatyProposals", "TreatyProposalFilter", "proponent", [ids.mng, "MN", "mng"], [SLUG], "slug");
    await sameForAll("treatyProposals", "TreatyProposalFilter", "signatory", ["XK", "xkx"], [SLUG], "slug");
    await sameForAll("treatyProposals", "TreatyProposalFilter", "party", ["LV", "lva"], [SLUG], "slug");
    await sameForAll("treatyProposals", "TreatyProposalFilter", "party", ["FR", "fra", "ZZ"], [], "slug"); // France signed, never ratified
  });

  it("states: mixed lists of codes and ids; networks and treaties by id or slug", async () => {
    const r = await list("states", "StateFilter", { codes: ["gh", "FRA", ids.nld, "state:bel", "ZZ", ids.eu] }, "alpha3");
    expect([...r.keys].sort()).toEqual(["BEL", "FRA", "GHA", "NLD"]);
    expect(r.statements).toBe(1);
    expect((await list("states", "StateFilter", { codes: [ids.gha] }, "alpha3")).keys).toEqual(["GHA"]);
    const members = await list("states", "StateFilter", { memberOfNetwork: "r2p-focal-points" }, "alpha3");
    expect(members.keys).toContain("GHA");
    await sameForAll("states", "StateFilter", "memberOfNetwork", [ids.r2p, "R2P-FOCAL-POINTS"], members.keys, "alpha3");
    const signed = await list("states", "StateFilter", { signedTreaty: "ljubljana-the-hague-convention" }, "alpha3");
    expect(signed.keys).toContain("XKX");
    await sameForAll("states", "StateFilter", "signedTreaty", [ids.lhc], signed.keys, "alpha3");
    const parties = await list("states", "StateFilter", { partyToTreaty: ids.lhc }, "alpha3");
    expect(parties.keys).toContain("LVA");
    expect(parties.keys).not.toContain("FRA");
    await sameForAll("states", "StateFilter", "partyToTreaty", ["Ljubljana-The-Hague-Convention"], parties.keys, "alpha3");
    await sameForAll("states", "StateFilter", "signedTreaty", ["no-such-treaty", ids.r2p], [], "alpha3");
  });

  it("organisations(memberState:, parent:) by id, code, acronym, key", async () => {
    await sameForAll("organisations", "OrganisationFilter", "memberState", [ids.gha, "gh", "GHA"], ["au", "ecowas"]);
    const un = await list("organisations", "OrganisationFilter", { parent: "un" });
    expect(un.keys).toContain("un-women");
    await sameForAll("organisations", "OrganisationFilter", "parent", [ids.un, "UN"], un.keys);
    await sameForAll("organisations", "OrganisationFilter", "parent", ["EU", "eu", ids.eu], ["european-commission", "eeas"]);
    await sameForAll("organisations", "OrganisationFilter", "parent", ["ZZ", ids.gha], []);
  });
});

describe("what names nothing, and what is refused", () => {
  it("the ID-typed fields still refuse forged ids, blank text and text no key looks like; the String ones never refused text", async () => {
    const forged = Buffer.from("State:2147483648").toString("base64url");
    for (const value of [forged, Buffer.from("State:01").toString("base64url"), "", "   ", "!!!", "x".repeat(101), "organisation:"]) {
      const r = await hub.gql(`query($v: ID) { meetings(filter: { host: $v }) { totalCount } }`, { v: value });
      expect(r.errors?.[0].extensions, JSON.stringify(value)).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.host" });
      expect(r.statements).toBe(0);
    }
    const lenient = await hub.gql(`query($v: String) { meetings(filter: { network: $v }) { totalCount } }`, { v: forged });
    expect(lenient.errors).toBeUndefined();
    expect(lenient.data.meetings.totalCount).toBe(0);
  });

  it("an id of another type matches nothing, everywhere", async () => {
    for (const [field, type, name] of [
      ["meetings", "MeetingFilter", "host"], ["documents", "DocumentFilter", "author"], ["networks", "NetworkFilter", "member"],
      ["people", "PersonFilter", "affiliation"], ["treatyProposals", "TreatyProposalFilter", "party"],
    ]) {
      const r = await hub.gql(`query($f: ${type}) { ${field}(filter: $f) { totalCount } }`, { f: { [name]: ids.meeting } });
      expect(r.errors, field).toBeUndefined();
      expect(r.data[field].totalCount, field).toBe(0);
    }
  });

  it("a key costs no more statements than an id: one condition in the same SQL", async () => {
    const q = `query($h: ID, $p: ID) { meetings(filter: { host: $h, participant: $p }) { totalCount nodes { key } } }`;
    const byId = await hub.gql(q, { h: ids.gha, p: ids.gha });
    const byKey = await hub.gql(q, { h: "gh", p: "GHA" });
    expect(byKey.data).toEqual(byId.data);
    expect(byId.statements).toBe(2);
    expect(byKey.statements).toBe(2);
  });
});

describe("the schema says which keys exist", () => {
  it("lists every network and treaty slug of the seed data, and nothing else", async () => {
    const r = await hub.gql(`{ networks(first: 100) { nodes { slug } } treatyProposals(first: 100) { nodes { slug } } }`);
    expect(r.data.networks.nodes.map((n: any) => n.slug).sort()).toEqual([...NETWORK_SLUGS].sort());
    expect(r.data.treatyProposals.nodes.map((n: any) => n.slug).sort()).toEqual([...TREATY_SLUGS].sort());
    const described = await hub.gql(`{ m: __type(name: "MeetingFilter") { inputFields { name description } } s: __type(name: "StateFilter") { inputFields { name description } } }`);
    const of = (t: string, f: string) => described.data[t].inputFields.find((x: any) => x.name === f).description as string;
    for (const slug of NETWORK_SLUGS) expect(of("m", "network")).toContain(`\`${slug}\``);
    for (const slug of TREATY_SLUGS) expect(of("s", "signedTreaty")).toContain(`\`${slug}\``);
    expect(of("m", "host")).toContain("organisation:");
  });
});
