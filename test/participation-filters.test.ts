import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * Filters that express participation directly: `states` and `organisations` by the meeting they
 * took part in (with roles), and `meetings` by participant with roles. Attending a network's
 * meeting is not membership of it, so these answer what `memberOfNetwork` cannot. Each filter is
 * an EXISTS inside the list's own statement: one statement per list, whatever it names.
 */
let hub: TestHub;
const ids: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  const r = await hub.gql(`{
    meeting: meetings(filter: { title: "focal points" }, first: 100) { nodes { id key } }
    gha: state(code: "GHA") { id }
  }`);
  ids.meeting = r.data.meeting.nodes.find((n: { key: string }) => n.key === FIRST).id;
  ids.gha = r.data.gha.id;
});
afterAll(async () => { await hub?.close(); });

const FIRST = "r2p-fp-2011-new-york";
const LHC = "ljubljana-the-hague-convention";
/** The states at the first meeting of R2P focal points (New York, 17 May 2011) that signed the Convention. */
const ATTENDED_AND_SIGNED = ["ARG", "BEL", "CRI", "CZE", "DNK", "FIN", "GHA", "NLD", "RWA", "SEN", "SWE", "CHE", "URY"];

async function list(field: string, type: string, filter: unknown, key: string) {
  const r = await hub.gql(`query($f: ${type}) { ${field}(filter: $f, first: 100) { nodes { ${key} } } }`, { f: filter });
  expect(r.errors, JSON.stringify(filter)).toBeUndefined();
  return { keys: r.data[field].nodes.map((n: Record<string, string>) => n[key]), statements: r.statements };
}
const states = (filter: unknown) => list("states", "StateFilter", filter, "alpha3");
const organisations = (filter: unknown) => list("organisations", "OrganisationFilter", filter, "key");
const meetings = (filter: unknown) => list("meetings", "MeetingFilter", filter, "key");

async function refused(query: string, argument: string) {
  const r = await hub.gql(query);
  expect(r.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
  expect(r.errors?.[0]?.message, query).toContain(argument);
}

describe("states(filter: { attended })", () => {
  it("answers 'which states attended the first focal-points meeting and signed the Convention' in one statement", async () => {
    for (const meeting of [FIRST, ids.meeting, "R2P-FP-2011-New-York", ` ${FIRST} `]) {
      const r = await states({ attended: { meeting }, signedTreaty: LHC });
      expect(r.keys, meeting).toEqual(ATTENDED_AND_SIGNED);
      expect(r.statements).toBe(1);
    }
  });

  it("is not network membership: memberOfNetwork gives another answer", async () => {
    const members = await states({ memberOfNetwork: "r2p-focal-points", signedTreaty: LHC });
    expect(members.keys).toEqual(["ALB", "BEL", "CRI", "DNK", "GHA", "LTU", "LUX", "RWA", "SVN"]);
    expect(members.keys).not.toEqual(ATTENDED_AND_SIGNED);
  });

  it("lists an actor with two roles at the meeting once (Denmark co-hosted and took part)", async () => {
    const r = await states({ attended: { meeting: FIRST } });
    expect(r.keys).toHaveLength(31);
    expect(r.keys.filter((k: string) => k === "DNK")).toHaveLength(1);
    expect(r.statements).toBe(1);
    const total = await hub.gql(`{ states(filter: { attended: { meeting: "${FIRST}" } }) { totalCount } }`);
    expect(total.data.states.totalCount).toBe(31);
    expect(total.statements).toBe(2); // the page and the count
  });

  it("roles narrow the participations; roles alone mean any meeting", async () => {
    expect((await states({ attended: { meeting: FIRST, roles: ["HOST", "CO_HOST"] } })).keys).toEqual(["CRI", "DNK", "GHA"]);
    expect((await states({ attended: { meeting: FIRST, roles: ["PARTICIPANT"] }, codes: ["GH", "BR"] })).keys).toEqual(["GHA"]);
    const hosts = await states({ attended: { roles: ["HOST", "CO_HOST"] }, codes: ["BRA", "DNK", "URY"] });
    expect(hosts.keys).toEqual(["BRA", "DNK"]);
    expect(hosts.statements).toBe(1);
  });

  it("names nothing, matches nothing: unknown keys, ids of another type, an empty role list", async () => {
    for (const attended of [{ meeting: "no-such-meeting" }, { meeting: ids.gha }, { meeting: FIRST, roles: [] }, { meeting: FIRST, roles: ["OBSERVER"] }]) {
      const r = await states({ attended });
      expect(r.keys, JSON.stringify(attended)).toEqual([]);
      expect(r.statements).toBe(1);
    }
  });

  it("refuses a blank or oversized meeting, naming the argument", async () => {
    await refused(`{ states(filter: { attended: { meeting: "  " } }) { totalCount } }`, "filter.attended.meeting");
    await refused(`{ states(filter: { attended: { meeting: "${"x".repeat(201)}" } }) { totalCount } }`, "filter.attended.meeting");
  });
});

describe("organisations(filter: { attended })", () => {
  it("by meeting key or id, with roles", async () => {
    for (const meeting of [FIRST, ids.meeting]) {
      const r = await organisations({ attended: { meeting } });
      expect(r.keys).toEqual(["gcr2p"]);
      expect(r.statements).toBe(1);
    }
    expect((await organisations({ attended: { meeting: FIRST, roles: ["HOST"] } })).keys).toEqual([]);
    const organisers = await organisations({ attended: { roles: ["ORGANISER"] } });
    expect(organisers.keys).toEqual(["gcr2p", "osapg", "stanley-center"]);
    expect(organisers.statements).toBe(1);
  });
});

describe("meetings(filter: { participant, participantRoles })", () => {
  it("keeps only meetings where the participant had one of the roles", async () => {
    const any = await meetings({ participant: "DK" });
    expect(any.keys).toEqual(["r2p-ministerial-2010", FIRST, "r2p-ministerial-2012", "r2p-fp-2012-new-york", "r2p-fp-2013-accra"]);
    const asParticipant = await meetings({ participant: "dnk", participantRoles: ["PARTICIPANT"] });
    expect(asParticipant.keys).toEqual([FIRST]);
    expect(asParticipant.statements).toBe(1);
    expect((await meetings({ participant: "DK", participantRoles: ["CO_HOST", "PARTICIPANT"] })).keys).toEqual(any.keys);
    expect((await meetings({ participant: "DK", participantRoles: [] })).keys).toEqual([]);
    // The roles must hold for the participant named, not for anyone at the meeting.
    expect((await meetings({ participant: "GH", participantRoles: ["OBSERVER"] })).keys).toEqual([]);
  });

  it("refuses participantRoles without a participant", async () => {
    await refused(`{ meetings(filter: { participantRoles: [HOST] }) { totalCount } }`, "filter.participantRoles");
  });
});

describe("the example operation FirstFocalPointsAttendeesThatSignedLhc", () => {
  it("costs 2 points, 101 objects and 2 statements, as bench/RESULTS.md records", async () => {
    const fs = await import("node:fs");
    const source = fs.readFileSync(`${__dirname}/../examples/operations.graphql`, "utf8");
    const res = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: source, operationName: "FirstFocalPointsAttendeesThatSignedLhc" }),
    });
    const body = (await res.json()) as any;
    expect(body.data.states.nodes.map((n: any) => n.alpha3)).toEqual(ATTENDED_AND_SIGNED);
    expect(body.extensions.cost).toMatchObject({ requested: 2, nodes: 101 });
    expect(body.extensions.sql.statements).toBe(2);
  });
});

describe("leadership(roles: [...]) beside role", () => {
  const WPS_CHAIRS = ["2017", "2018", "2019", "2020/2021", "2022", "2023"];
  const wps = (fields: string) => hub.gql(`{ network(slug: "wps-focal-points") { ${fields} } }`);

  it("takes several roles at once; equal lists in any order share one statement", async () => {
    const r = await wps(`a: leadership(roles: [CHAIR, CO_CHAIR]) { role label } b: leadership(roles: [CO_CHAIR, CHAIR, CHAIR]) { label }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.network.a.map((t: any) => t.label)).toEqual(WPS_CHAIRS);
    expect(r.data.network.b.map((t: any) => t.label)).toEqual(WPS_CHAIRS);
    expect(new Set(r.data.network.a.map((t: any) => t.role))).toEqual(new Set(["CHAIR", "CO_CHAIR"]));
    expect(r.statements).toBe(2); // the network, one leadership batch
  });

  it("with role, a term satisfies both; an empty list matches nothing; role alone is unchanged", async () => {
    const r = await wps(`both: leadership(role: CHAIR, roles: [CHAIR, CO_CHAIR]) { label } none: leadership(role: SECRETARIAT, roles: [CHAIR]) { label }
      empty: leadership(roles: []) { label } single: leadership(role: CO_CHAIR) { label } year: leadership(roles: [CHAIR, CO_CHAIR], year: 2021) { label }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.network.both.map((t: any) => t.label)).toEqual(["2017", "2018", "2019"]);
    expect(r.data.network.none).toEqual([]);
    expect(r.data.network.empty).toEqual([]);
    expect(r.data.network.single.map((t: any) => t.label)).toEqual(["2020/2021", "2022", "2023"]);
    expect(r.data.network.year.map((t: any) => t.label)).toEqual(["2020/2021"]);
    expect(r.statements).toBe(6); // the network, five argument sets
  });

  it("leadershipConnection pages the same terms, one statement per level for all networks", async () => {
    const r = await wps(`leadershipConnection(roles: [CO_CHAIR, CHAIR], first: 4) { totalCount nodes { label } pageInfo { hasNextPage } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.network.leadershipConnection.nodes.map((t: any) => t.label)).toEqual(WPS_CHAIRS.slice(0, 4));
    expect(r.data.network.leadershipConnection.totalCount).toBe(6);
    expect(r.data.network.leadershipConnection.pageInfo.hasNextPage).toBe(true);
    expect(r.statements).toBe(3); // the network, the page, the count
    const all = await hub.gql(`{ networks(first: 10) { nodes { slug leadershipConnection(roles: [CHAIR, CO_CHAIR], first: 10) { nodes { label } } } } }`);
    expect(all.errors).toBeUndefined();
    const count = Object.fromEntries(all.data.networks.nodes.map((n: any) => [n.slug, n.leadershipConnection.nodes.length]));
    expect(count).toMatchObject({ "wps-focal-points": 6, "group-of-friends-r2p": 2, "r2p-focal-points": 0, "mla-initiative": 0 });
    expect(all.statements).toBe(2);
  });
});

describe("networks(filter: { chapters })", () => {
  const networks = (filter: unknown) => list("networks", "NetworkFilter", filter, "slug");
  const TOP = ["group-of-friends-r2p", "r2p-focal-points", "mla-initiative", "wps-focal-points"];
  const CHAPTERS = ["group-of-friends-r2p-geneva", "group-of-friends-r2p-new-york"];

  it("false leaves chapters out of the root list; true lists only chapters; null lists both", async () => {
    const top = await networks({ chapters: false });
    expect([...top.keys].sort()).toEqual([...TOP].sort());
    expect(top.statements).toBe(1);
    expect([...(await networks({ chapters: true })).keys].sort()).toEqual(CHAPTERS);
    expect((await networks({ chapters: null })).keys).toHaveLength(6);
    expect((await networks({})).keys).toHaveLength(6);
  });

  it("combines with the other filters and with the count", async () => {
    expect((await networks({ chapters: false, focus: "r2p" })).keys.sort()).toEqual(["group-of-friends-r2p", "r2p-focal-points"]);
    expect((await networks({ chapters: true, focus: "wps" })).keys).toEqual([]);
    const r = await hub.gql(`{ networks(filter: { chapters: false }) { totalCount } }`);
    expect(r.data.networks.totalCount).toBe(4);
    expect(r.statements).toBe(2); // the page and the count
  });
});

describe("Meeting.organisers and Meeting.leadActors: who organised this?", () => {
  const lead = async (key: string) => {
    const r = await hub.gql(`{ meetings(filter: { title: "${key}" }, first: 100) { nodes { key hosts { name } organisers { name } leadActors { name } } } }`);
    expect(r.errors).toBeUndefined();
    return r;
  };
  const names = (actors: { name: string }[]) => actors.map((a) => a.name);

  it("answers from the organisers when there are no hosts, as at the WPS network launch", async () => {
    const r = await lead("Launch WPS National Focal Points");
    const [launch] = r.data.meetings.nodes;
    expect(launch.key).toBe("wps-fpn-launch-2016");
    expect(launch.hosts).toEqual([]);
    const organisers = ["Spain", "Canada", "Chile", "Japan", "Namibia", "United Arab Emirates"];
    expect(names(launch.organisers)).toEqual(organisers);
    expect(names(launch.leadActors)).toEqual(organisers);
    expect(r.statements).toBe(4); // meetings, host participations, lead participations (organisers and leadActors share them), states
  });

  it("answers from the hosts when there are any; empty when the source names neither", async () => {
    const washington = (await lead("Fifth capital-level WPS Washington")).data.meetings.nodes[0];
    expect(names(washington.leadActors)).toEqual(["United States", "Romania"]);
    expect(washington.organisers).toEqual([]);
    const first = (await hub.gql(`{ meetings(filter: { host: "CR", participant: "DK", participantRoles: [PARTICIPANT] }) { nodes { leadActors { name } hosts { name } } } }`)).data.meetings.nodes[0];
    expect(names(first.leadActors)).toEqual(names(first.hosts));
    expect(first.hosts.length).toBeGreaterThan(0);
    const berlin = (await lead("Second capital-level WPS Berlin")).data.meetings.nodes[0];
    expect(berlin.leadActors).toEqual([]);
  });

  it("costs one participation statement for every meeting on the page", async () => {
    const r = await hub.gql(`{ meetings(first: 100) { nodes { leadActors { __typename } organisers { __typename } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.meetings.nodes.length).toBeGreaterThan(30);
    expect(r.statements).toBe(4); // meetings, lead participations, states, organisations
  });
});
