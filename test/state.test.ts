import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

describe("state(code)", () => {
  it("finds a state by alpha-2 or alpha-3, case-insensitively, in one batched statement", async () => {
    const r = await hub.gql(`{
      a: state(code: "gh") { alpha2 alpha3 name }
      b: state(code: "GHA") { alpha2 }
      c: state(code: "gHa") { alpha2 }
      k2: state(code: "XK") { alpha3 name codesUserAssigned unStatus }
      k3: state(code: "xkx") { alpha2 }
      none: state(code: "ZZ") { name }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a).toEqual({ alpha2: "GH", alpha3: "GHA", name: "Ghana" });
    expect(r.data.b.alpha2).toBe("GH");
    expect(r.data.c.alpha2).toBe("GH");
    expect(r.data.k2).toEqual({ alpha3: "XKX", name: "Kosovo", codesUserAssigned: true, unStatus: "NON_MEMBER" });
    expect(r.data.k3.alpha2).toBe("XK");
    expect(r.data.none).toBeNull();
    expect(r.statements).toBe(1);
  });
});

describe("states filters", () => {
  it("counts states by UN status: 193 members, 2 observers, 1 non-member", async () => {
    const r = await hub.gql(`{
      members: states(filter: { unStatus: MEMBER }, first: 1) { totalCount }
      observers: states(filter: { unStatus: OBSERVER }) { totalCount nodes { alpha3 } }
      others: states(filter: { unStatus: NON_MEMBER }) { totalCount nodes { alpha3 } }
      all: states(first: 0) { totalCount }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.members.totalCount).toBe(193);
    expect(r.data.observers.totalCount).toBe(2);
    expect(r.data.observers.nodes.map((s: any) => s.alpha3).sort()).toEqual(["PSE", "VAT"]);
    expect(r.data.others.nodes).toEqual([{ alpha3: "XKX" }]);
    expect(r.data.all.totalCount).toBe(196);
    // A page and a count per list; `first: 0` skips the page query.
    expect(r.statements).toBe(7);
  });

  it("sizes the five UN regional groups (every role counts)", async () => {
    const r = await hub.gql(`{
      af: states(filter: { regionalGroup: "AFRICAN" }) { totalCount }
      ap: states(filter: { regionalGroup: "asia_pacific" }) { totalCount }
      ee: states(filter: { regionalGroup: "EASTERN_EUROPEAN" }) { totalCount }
      la: states(filter: { regionalGroup: "LATIN_AMERICAN_AND_CARIBBEAN" }) { totalCount }
      we: states(filter: { regionalGroup: "WESTERN_EUROPEAN_AND_OTHERS" }) { totalCount }
    }`);
    expect(r.errors).toBeUndefined();
    expect([r.data.af, r.data.ap, r.data.ee, r.data.la, r.data.we].map((c: any) => c.totalCount)).toEqual([54, 56, 23, 33, 29]);
    expect(r.statements).toBe(10);
  });

  it("filters by network membership, treaty signature and treaty party", async () => {
    const r = await hub.gql(`{
      friends: states(filter: { memberOfNetwork: "group-of-friends-r2p" }) { totalCount nodes { alpha3 } }
      friends2015: states(filter: { memberOfNetwork: "group-of-friends-r2p", asOf: "2015-01-01" }) { nodes { alpha3 } }
      signed: states(filter: { signedTreaty: "ljubljana-the-hague-convention" }) { totalCount }
      signedKosovo: states(filter: { signedTreaty: "ljubljana-the-hague-convention", codes: ["XK"] }) { nodes { name } }
      parties: states(filter: { partyToTreaty: "ljubljana-the-hague-convention" }) { totalCount nodes { name alpha3 } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.friends.nodes.map((s: any) => s.alpha3).sort()).toEqual(["GTM", "HRV", "MAR", "NLD", "QAT", "RWA"]);
    // Rwanda joined by September 2014; Qatar's start is unknown, so it counts on every day.
    expect(r.data.friends2015.nodes.map((s: any) => s.alpha3).sort()).toEqual(["QAT", "RWA"]);
    expect(r.data.signed.totalCount).toBe(40);
    expect(r.data.signedKosovo.nodes).toEqual([{ name: "Kosovo" }]);
    expect(r.data.parties).toEqual({ totalCount: 1, nodes: [{ name: "Latvia", alpha3: "LVA" }] });
    expect(r.statements).toBe(8);
  });
});

describe("states' regional groups", () => {
  it("shows the US as a WEOG observer, Türkiye in two groups and Israel as a temporary member, batched", async () => {
    const r = await hub.gql(`{
      us: state(code: "US") { regionalGroups { role note group { key acronym } } }
      tr: state(code: "TUR") { name regionalGroups { role group { key } } }
      il: state(code: "IL") { regionalGroups { role start { year } group { acronym } } }
      va: state(code: "VA") { regionalGroups { role } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.us.regionalGroups).toHaveLength(1);
    expect(r.data.us.regionalGroups[0]).toMatchObject({ role: "OBSERVER", group: { key: "WESTERN_EUROPEAN_AND_OTHERS", acronym: "WEOG" } });
    expect(r.data.us.regionalGroups[0].note).toMatch(/observer/);
    expect(r.data.tr.name).toBe("Türkiye");
    expect(r.data.tr.regionalGroups.map((m: any) => m.group.key).sort()).toEqual(["ASIA_PACIFIC", "WESTERN_EUROPEAN_AND_OTHERS"]);
    expect(r.data.tr.regionalGroups.every((m: any) => m.role === "MEMBER")).toBe(true);
    expect(r.data.il.regionalGroups).toEqual([{ role: "TEMPORARY_MEMBER", start: { year: 2000 }, group: { acronym: "WEOG" } }]);
    expect(r.data.va.regionalGroups).toEqual([]);
    // States, their memberships, the groups: one statement each, whatever the number of states.
    expect(r.statements).toBe(3);
  });

  it("lists the five groups with their member counts", async () => {
    const r = await hub.gql(`{ regionalGroups { key memberCount } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.regionalGroups.map((g: any) => [g.key, g.memberCount])).toEqual([
      ["AFRICAN", 54],
      ["ASIA_PACIFIC", 56],
      ["EASTERN_EUROPEAN", 23],
      ["LATIN_AMERICAN_AND_CARIBBEAN", 33],
      ["WESTERN_EUROPEAN_AND_OTHERS", 29],
    ]);
    // the groups, then every group's memberships in one statement
    expect(r.statements).toBe(2);
  });

  it("narrows a group's members by role from the same statement as its count", async () => {
    const r = await hub.gql(`{
      weog: regionalGroup(key: "western_european_and_others") {
        acronym memberCount
        observers: members(roles: [OBSERVER]) { state { alpha3 } }
        temporary: members(roles: [TEMPORARY_MEMBER]) { state { alpha3 } }
        sources { citation { publisher } }
      }
      none: regionalGroup(key: "NORDIC") { key }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.weog.acronym).toBe("WEOG");
    expect(r.data.weog.memberCount).toBe(29);
    expect(r.data.weog.observers).toEqual([{ state: { alpha3: "USA" } }]);
    expect(r.data.weog.temporary).toEqual([{ state: { alpha3: "ISR" } }]);
    expect(r.data.weog.sources.length).toBeGreaterThanOrEqual(1);
    expect(r.data.none).toBeNull();
    // groups by key (both lookups) + memberships + states + source links + citations
    expect(r.statements).toBe(5);
  });

  it("counts a group as of a day: South Sudan is in the African Group from July 2011", async () => {
    const r = await hub.gql(`{
      regionalGroup(key: "AFRICAN") { before: memberCount(asOf: "2011-01-01") after: memberCount(asOf: "2012-01-01") now: memberCount }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.regionalGroup).toEqual({ before: 53, after: 54, now: 54 });
    // the group, then one membership statement per distinct asOf
    expect(r.statements).toBe(4);
  });

  it("resolves a regional group by its global id", async () => {
    const first = await hub.gql(`{ regionalGroup(key: "EASTERN_EUROPEAN") { id } }`);
    const r = await hub.gql(`query($id: ID!) { node(id: $id) { ... on RegionalGroup { key acronym } } }`, { id: first.data.regionalGroup.id });
    expect(r.data.node).toEqual({ key: "EASTERN_EUROPEAN", acronym: "EEG" });
    expect(r.statements).toBe(1);
  });
});

describe("states ordering and paging", () => {
  it("orders by UN admission: the newest members, and the original members first", async () => {
    const r = await hub.gql(`{
      newest: states(filter: { unStatus: MEMBER }, orderBy: { field: UN_ADMITTED_ON, direction: DESC }, first: 3) { nodes { alpha3 unAdmittedOn } }
      oldest: states(orderBy: { field: UN_ADMITTED_ON }, first: 1) { nodes { unAdmittedOn } }
      last: states(orderBy: { field: UN_ADMITTED_ON }, last: 3) { nodes { alpha3 unAdmittedOn } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.newest.nodes).toEqual([
      { alpha3: "SSD", unAdmittedOn: "2011-07-14" },
      { alpha3: "MNE", unAdmittedOn: "2006-06-28" },
      { alpha3: "TLS", unAdmittedOn: "2002-09-27" },
    ]);
    expect(r.data.oldest.nodes).toEqual([{ unAdmittedOn: "1945-10-24" }]);
    // Non-members have no admission date and sort last.
    expect(r.data.last.nodes.map((s: any) => s.alpha3).sort()).toEqual(["PSE", "VAT", "XKX"]);
    expect(r.data.last.nodes.every((s: any) => s.unAdmittedOn === null)).toBe(true);
    expect(r.statements).toBe(3);
  });

  it("pages forward and backward through all 196 states without gaps or repeats", async () => {
    const page = `query($first: Int, $after: String, $last: Int, $before: String) {
      states(first: $first, after: $after, last: $last, before: $before) {
        nodes { alpha3 } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const r = await hub.gql(page, { first: 60, after });
      expect(r.errors).toBeUndefined();
      expect(r.statements).toBe(1);
      forward.push(...r.data.states.nodes.map((s: any) => s.alpha3));
      if (!r.data.states.pageInfo.hasNextPage) break;
      after = r.data.states.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(196);
    expect(new Set(forward).size).toBe(196);

    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const r = await hub.gql(page, { last: 60, before });
      expect(r.errors).toBeUndefined();
      expect(r.statements).toBe(1);
      backward.unshift(...r.data.states.nodes.map((s: any) => s.alpha3));
      if (!r.data.states.pageInfo.hasPreviousPage) break;
      before = r.data.states.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it("rejects a page larger than 100, naming `first`, before any SQL runs", async () => {
    const r = await hub.gql(`{ states(first: 101) { nodes { name } } }`);
    expect(r.data?.states ?? null).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0].extensions?.argumentName).toBe("first");
    expect(r.statements).toBe(0);
  });

  it("rejects a cursor issued for another ordering, naming `after`", async () => {
    const byCode = await hub.gql(`{ states(orderBy: { field: ALPHA3 }, first: 1) { pageInfo { endCursor } } }`);
    const r = await hub.gql(`query($after: String) { states(first: 5, after: $after) { nodes { name } } }`, { after: byCode.data.states.pageInfo.endCursor });
    expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0].extensions?.argumentName).toBe("after");
    expect(r.statements).toBe(0);
  });
});
