import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

/** The key an actor is seeded under: alpha-3 for states, key for organisations. */
const ACTOR = `__typename ... on State { alpha3 } ... on Organisation { key }`;
const code = (a: { alpha3?: string; key?: string }) => a.alpha3 ?? a.key;

describe("network contract", () => {
  it("finds a network by slug, case-insensitively, and again through node(id)", async () => {
    const r = await hub.gql(`{ network(slug: " R2P-Focal-Points ") { id slug name kind focus launched { iso text } aliases } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    const n = r.data.network;
    expect(n).toMatchObject({ slug: "r2p-focal-points", name: "Global Network of R2P Focal Points", kind: "FOCAL_POINT_NETWORK", focus: "R2P" });
    expect(n.launched).toEqual({ iso: "2010-09", text: "September 2010" });
    expect(n.aliases).toContain("National Focal Points Initiative");

    const again = await hub.gql(`query($id: ID!) { node(id: $id) { id ... on Network { slug } } }`, { id: n.id });
    expect(again.statements).toBe(1);
    expect(again.data.node).toEqual({ id: n.id, slug: "r2p-focal-points" });
  });

  it("returns null, not an error, for an unknown slug", async () => {
    const r = await hub.gql(`{ network(slug: "no-such-network") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.network).toBeNull();
    expect(r.statements).toBe(1);
  });

  it("filters by kind, chapters included, sorted by name, with totalCount", async () => {
    const r = await hub.gql(`{ networks(filter: { kind: GROUP_OF_FRIENDS }) { totalCount nodes { slug parent { slug } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(2); // page and count; the chapters' parent is on the page already
    expect(r.data.networks.totalCount).toBe(3);
    expect(r.data.networks.nodes).toEqual([
      { slug: "group-of-friends-r2p", parent: null },
      { slug: "group-of-friends-r2p-geneva", parent: { slug: "group-of-friends-r2p" } },
      { slug: "group-of-friends-r2p-new-york", parent: { slug: "group-of-friends-r2p" } },
    ]);
  });

  it("filters by focus and by name or alias", async () => {
    const r = await hub.gql(`{
      wps: networks(filter: { focus: "wps" }) { nodes { slug } }
      alias: networks(filter: { name: "national focal points initiative" }) { nodes { slug } }
      acronym: networks(filter: { name: "gof" }) { nodes { slug } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(3);
    expect(r.data.wps.nodes).toEqual([{ slug: "wps-focal-points" }]);
    expect(r.data.alias.nodes).toEqual([{ slug: "r2p-focal-points" }]);
    expect(r.data.acronym.nodes).toEqual([{ slug: "group-of-friends-r2p" }]);
  });

  it("pages forward and backward with cursors", async () => {
    const all = ["r2p-focal-points", "group-of-friends-r2p", "group-of-friends-r2p-geneva", "group-of-friends-r2p-new-york", "mla-initiative", "wps-focal-points"];
    const page = `totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
    const first = await hub.gql(`{ networks(first: 4) { ${page} } }`);
    expect(first.errors).toBeUndefined();
    expect(first.statements).toBe(2);
    expect(first.data.networks.totalCount).toBe(6);
    expect(first.data.networks.edges.map((e: any) => e.node.slug)).toEqual(all.slice(0, 4));
    expect(first.data.networks.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const next = await hub.gql(`query($after: String) { networks(first: 4, after: $after) { ${page} } }`, { after: first.data.networks.pageInfo.endCursor });
    expect(next.statements).toBe(2);
    expect(next.data.networks.edges.map((e: any) => e.node.slug)).toEqual(all.slice(4));
    expect(next.data.networks.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(next.data.networks.totalCount).toBe(6);

    const back = await hub.gql(`query($before: String) { networks(last: 2, before: $before) { edges { node { slug } } pageInfo { hasNextPage hasPreviousPage } } }`, {
      before: next.data.networks.pageInfo.startCursor,
    });
    expect(back.statements).toBe(1);
    expect(back.data.networks.edges.map((e: any) => e.node.slug)).toEqual(all.slice(2, 4));
    expect(back.data.networks.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });

  it("orders by launch date, newest first", async () => {
    const r = await hub.gql(`{ networks(orderBy: { field: LAUNCHED, direction: DESC }) { nodes { slug launched { iso } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    expect(r.data.networks.nodes.map((n: any) => n.slug)).toEqual([
      "wps-focal-points", // 2016-09-23
      "group-of-friends-r2p-geneva", // 2015
      "mla-initiative", // 2011-11
      "r2p-focal-points", // 2010-09
      // both 2008: the later id first in a descending order
      ...r.data.networks.nodes.slice(4).map((n: any) => n.slug),
    ]);
    expect(r.data.networks.nodes.slice(4).map((n: any) => n.launched.iso)).toEqual(["2008", "2008"]);
  });

  it("rejects a member that is neither an id nor a key, naming filter.member; an id or key of no member matches nothing", async () => {
    const r = await hub.gql(`{ networks(filter: { member: "not an id!" }) { nodes { slug } } }`);
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.member" });
    expect(r.statements).toBe(0);
    // A well-formed id of something that cannot be a member (here a Network), or an unknown key, matches nothing (test/natural-keys.test.ts).
    const network = await hub.gql(`{ networks(filter: { member: "${Buffer.from("Network:1").toString("base64url")}" }) { nodes { slug } } }`);
    expect(network.errors).toBeUndefined();
    expect(network.data.networks.nodes).toEqual([]);
    const unknown = await hub.gql(`{ networks(filter: { member: "not-an-id" }) { nodes { slug } } }`);
    expect(unknown.data.networks.nodes).toEqual([]);
  });

  it("rejects a bad memberAsOf, naming filter.memberAsOf", async () => {
    const r = await hub.gql(`query($id: ID!) { networks(filter: { member: $id, memberAsOf: "2015-02-30" }) { nodes { slug } } }`, { id: "U3RhdGU6MQ" });
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.memberAsOf" });
    expect(r.status).toBe(400); // refused by the Date scalar before anything runs
  });

  it("rejects year together with asOf on leadership, naming year", async () => {
    const r = await hub.gql(`{ network(slug: "wps-focal-points") { leadership(year: 2021, asOf: "2021-01-01") { label } } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "year" });
    expect(r.statements).toBe(1);
  });
});

describe("network domain facts", () => {
  it("WPS Focal Points Network: Canada and Uruguay co-chaired in 2021 (the 2020/2021 term)", async () => {
    const r = await hub.gql(`{ network(slug: "wps-focal-points") {
      byYear: leadership(role: CO_CHAIR, year: 2021) { role label start { iso } end { iso } holders { position actor { ${ACTOR} } } }
      byDay: leadership(asOf: "2021-06-30") { role label }
    } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(5); // network, 2 leadership argument sets, holders, states
    const [term, ...rest] = r.data.network.byYear;
    expect(rest).toEqual([]);
    expect(term).toMatchObject({ role: "CO_CHAIR", label: "2020/2021", start: { iso: "2020" }, end: { iso: "2021" } });
    expect(term.holders.map((h: any) => code(h.actor))).toEqual(["CAN", "URY"]);
    // On a day in 2021 the permanent secretariat (no dates) holds as well as the co-chairs.
    expect(r.data.network.byDay).toEqual([{ role: "CO_CHAIR", label: "2020/2021" }, { role: "SECRETARIAT", label: "permanent" }]);
  });

  it("Group of Friends of R2P: Morocco, Croatia and Guatemala co-chair 2024-2026, and it has two chapters", async () => {
    const r = await hub.gql(`{ network(slug: "group-of-friends-r2p") {
      leadership(role: CO_CHAIR, asOf: "2025-03-01") { label holders { actor { ${ACTOR} } } sources { citation { url } } }
      all: leadership(role: CO_CHAIR) { label }
      chapters { slug launched { iso } parent { slug } }
    } }`);
    expect(r.errors).toBeUndefined();
    // network, 2 leadership argument sets, chapters, holders, states, sources, citations (the parent is the network itself, already loaded)
    expect(r.statements).toBe(8);
    const n = r.data.network;
    expect(n.leadership).toHaveLength(1);
    expect(n.leadership[0].label).toBe("2024-2026");
    expect(n.leadership[0].holders.map((h: any) => code(h.actor))).toEqual(["MAR", "HRV", "GTM"]);
    expect(n.leadership[0].sources).toHaveLength(2);
    expect(n.all.map((t: any) => t.label)).toEqual([null, "2024-2026"]); // the 2016-2017 Netherlands/Rwanda term has no label
    expect(n.chapters).toEqual([
      { slug: "group-of-friends-r2p-geneva", launched: { iso: "2015" }, parent: { slug: "group-of-friends-r2p" } },
      { slug: "group-of-friends-r2p-new-york", launched: { iso: "2008" }, parent: { slug: "group-of-friends-r2p" } },
    ]);
  });

  it("R2P focal points: the members attested by 27 August 2015 (Rwanda the 50th) and by 11 May 2021", async () => {
    const r = await hub.gql(`{ network(slug: "r2p-focal-points") {
      y2015: members(asOf: "2015-08-27") { ${ACTOR} }
      y2021: members(asOf: "2021-05-11") { ${ACTOR} }
      partners: memberships(status: PARTNER) { status start { iso text } member { ${ACTOR} } }
    } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(6); // network, 3 membership argument sets, states, organisations
    const n = r.data.network;
    expect(n.y2015.map(code)).toEqual(["DNK", "GHA", "CRI", "AUS", "BEL", "ALB", "BWA", "RWA"]);
    expect(n.y2021.map(code)).toEqual(["DNK", "GHA", "CRI", "AUS", "BEL", "ALB", "BWA", "RWA", "eu", "LTU", "LUX", "SVN", "oas"]);
    expect(n.y2021.filter((a: any) => a.__typename === "Organisation").map(code)).toEqual(["eu", "oas"]);
    expect(n.partners.map((m: any) => code(m.member))).toEqual(["CRI", "AUS"]);
    expect(n.partners[0].start.iso).toBe("2011-05-18");
  });

  it("the secretariat: GCR2P for the R2P focal points, UN Women for the WPS network; none for the MLA Initiative", async () => {
    const r = await hub.gql(`{
      r2p: network(slug: "r2p-focal-points") { secretariat { ${ACTOR} name } before: secretariat(asOf: "2009-01-01") { name } }
      wps: network(slug: "wps-focal-points") { secretariat { ${ACTOR} } }
      mla: network(slug: "mla-initiative") { secretariat { ${ACTOR} } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(5); // networks, 2 leadership argument sets, holders, organisations
    expect(r.data.r2p.secretariat.map(code)).toEqual(["gcr2p"]);
    expect(r.data.r2p.before).toEqual([]);
    expect(r.data.wps.secretariat.map(code)).toEqual(["un-women"]);
    expect(r.data.mla.secretariat).toEqual([]);
  });

  it("keeps the conflicting 2024 counts of the Group of Friends (56 vs 55 states), each with its own source", async () => {
    const r = await hub.gql(`{ network(slug: "group-of-friends-r2p") { observations { metric value qualifier asOf { iso } note source { url } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(3); // network, observations, citations
    const states2024 = r.data.network.observations.filter((o: any) => o.metric === "STATES" && o.asOf?.iso.startsWith("2024"));
    expect(states2024.map((o: any) => o.value).sort()).toEqual([55, 56]);
    expect(new Set(states2024.map((o: any) => o.source.url)).size).toBe(2);
    expect(states2024.every((o: any) => o.note.includes("[CONFLICT]"))).toBe(true);
  });

  it("founders and launch meeting of the WPS Focal Points Network", async () => {
    const r = await hub.gql(`{ network(slug: "wps-focal-points") { launchMeeting { key } founders { note actor { ${ACTOR} } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(4); // network, launch meeting, founders, states
    expect(r.data.network.launchMeeting).toEqual({ key: "wps-fpn-launch-2016" });
    expect(r.data.network.founders.map((f: any) => code(f.actor))).toEqual(["ESP", "CAN", "CHL", "JPN", "NAM", "ARE"]);
  });

  it("the MLA core group holders, in join order", async () => {
    const r = await hub.gql(`{ networks(filter: { kind: INITIATIVE }) { nodes { slug leadership(role: CORE_GROUP, year: 2012) { holders { position joined { iso } actor { ${ACTOR} } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(4);
    const [core] = r.data.networks.nodes[0].leadership;
    expect(core.holders.map((h: any) => code(h.actor))).toEqual(["NLD", "BEL", "SVN", "ARG", "SEN", "MNG"]);
    expect(core.holders[0].joined).toEqual({ iso: "2011-11" });
  });

  it("filters networks by member, and as of a day", async () => {
    const ids = await hub.gql(`{ rwa: state(code: "RW") { id } }`);
    const id = ids.data.rwa.id;
    const r = await hub.gql(`query($id: ID!) {
      ever: networks(filter: { member: $id }) { nodes { slug } }
      in2015: networks(filter: { member: $id, memberAsOf: "2015-01-01" }) { nodes { slug } }
    }`, { id });
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(2);
    expect(r.data.ever.nodes.map((n: any) => n.slug)).toEqual(["r2p-focal-points", "group-of-friends-r2p"]);
    expect(r.data.in2015.nodes.map((n: any) => n.slug)).toEqual(["group-of-friends-r2p"]);
  });

  it("a state's and an organisation's network memberships", async () => {
    const r = await hub.gql(`{ state(code: "RWA") {
      networkMemberships { status start { iso } network { slug } }
      in2015: networkMemberships(asOf: "2015-01-01") { network { slug } }
    } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(4); // state, 2 membership argument sets, networks
    expect(r.data.state.networkMemberships.map((m: any) => m.network.slug)).toEqual(["group-of-friends-r2p", "r2p-focal-points"]);
    expect(r.data.state.in2015.map((m: any) => m.network.slug)).toEqual(["group-of-friends-r2p"]);

    const org = await hub.gql(`{ network(slug: "r2p-focal-points") { memberships(asOf: "2021-05-11") { member { ... on Organisation { key networkMemberships { network { slug } } } } } } }`);
    expect(org.errors).toBeUndefined();
    expect(org.statements).toBe(6); // network, memberships, states, organisations, organisation memberships, networks
    const euRow = org.data.network.memberships.find((m: any) => m.member.key === "eu");
    expect(euRow.member.networkMemberships.map((m: any) => m.network.slug)).toEqual(["r2p-focal-points", "group-of-friends-r2p"]);
  });

  it("statement count does not grow with the number of networks", async () => {
    const q = (n: number) => `{ networks(first: ${n}) { nodes { slug memberships { member { name } sources { quote citation { url } } } } } }`;
    const two = await hub.gql(q(2));
    const six = await hub.gql(q(6));
    expect(two.errors).toBeUndefined();
    expect(six.errors).toBeUndefined();
    expect(two.data.networks.nodes).toHaveLength(2);
    expect(six.data.networks.nodes).toHaveLength(6);
    const rows = (r: any) => r.data.networks.nodes.reduce((s: number, n: any) => s + n.memberships.length, 0);
    expect(rows(six)).toBeGreaterThan(rows(two));
    // page, memberships, states, organisations, sources, citations
    expect(two.statements).toBe(6);
    expect(six.statements).toBe(6);
  });
});
