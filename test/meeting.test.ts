import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const gid = (type: string, pk: number) => Buffer.from(`${type}:${pk}`, "utf8").toString("base64url");

async function stateId(code: string): Promise<string> {
  const r = await hub.gql(`query($c: String!) { state(code: $c) { id } }`, { c: code });
  return r.data.state.id;
}

/** The first meeting matching a filter, with the selection given. */
async function firstMeeting(filter: Record<string, unknown>, selection: string) {
  return hub.gql(`query($f: MeetingFilter) { meetings(filter: $f, first: 1) { nodes { key ${selection} } } }`, { f: filter });
}

describe("meeting(id)", () => {
  it("looks a meeting up by the id the list returns", async () => {
    const list = await hub.gql(`{ meetings(filter: { series: "r2p_focal_points_annual_meeting" }, first: 1) { nodes { id key } } }`);
    expect(list.statements).toBe(1);
    expect(list.data.meetings.nodes[0].key).toBe("r2p-fp-2011-new-york");
    const r = await hub.gql(
      `query($id: ID!) { meeting(id: $id) { id key ordinal city start { iso } end { iso } country { alpha3 } network { slug } followUpOf { key } followUps { key } children { key } } }`,
      { id: list.data.meetings.nodes[0].id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.meeting).toEqual({
      id: list.data.meetings.nodes[0].id,
      key: "r2p-fp-2011-new-york",
      ordinal: 1,
      city: "New York",
      start: { iso: "2011-05-17" },
      end: { iso: "2011-05-18" },
      country: { alpha3: "USA" },
      network: { slug: "r2p-focal-points" },
      followUpOf: { key: "r2p-ministerial-2010" },
      followUps: [{ key: "r2p-fp-2012-preparatory-workshop" }],
      children: [],
    });
    // meeting, state, network, meeting by pk (followUpOf), follow-ups, children
    expect(r.statements).toBe(6);
  });

  it("is reachable through node(id)", async () => {
    const list = await hub.gql(`{ meetings(filter: { kinds: [LAUNCH_EVENT] }) { nodes { id } } }`);
    const r = await hub.gql(`query($id: ID!) { node(id: $id) { __typename ... on Meeting { key } } }`, { id: list.data.meetings.nodes[0].id });
    expect(r.data.node).toEqual({ __typename: "Meeting", key: "wps-fpn-launch-2016" });
    expect(r.statements).toBe(1);
  });

  it("is null for an unknown meeting id and for the id of another type", async () => {
    const unknown = await hub.gql(`query($id: ID!) { meeting(id: $id) { key } }`, { id: gid("Meeting", 999999) });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.meeting).toBeNull();
    expect(unknown.statements).toBe(1);
    const ghana = await stateId("GH");
    const other = await hub.gql(`query($id: ID!) { meeting(id: $id) { key } }`, { id: ghana });
    expect(other.errors).toBeUndefined();
    expect(other.data.meeting).toBeNull();
    expect(other.statements).toBe(0);
  });

  it("rejects a string that is not a global id, naming `id`", async () => {
    const r = await hub.gql(`{ meeting(id: "not an id!") { key } }`);
    expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0].extensions?.argumentName).toBe("id");
    expect(r.statements).toBe(0);
  });
});

describe("meetings", () => {
  it("filters by a date range, counting meetings that overlap it", async () => {
    const r = await hub.gql(`{ meetings(filter: { from: "2011-01-01", to: "2011-12-31" }) { totalCount nodes { key } } }`);
    expect(r.data.meetings.nodes.map((m: any) => m.key)).toEqual(["r2p-fp-2011-new-york", "r2p-ministerial-2011", "mla-expert-meeting-2011"]);
    expect(r.data.meetings.totalCount).toBe(3);
    expect(r.statements).toBe(2);
  });

  it("matches a meeting known only to the month on any day of that month, and a two-day meeting on its second day", async () => {
    const month = await hub.gql(`{ meetings(filter: { from: "2010-09-15", to: "2010-09-15" }) { nodes { key start { precision text } } } }`);
    expect(month.data.meetings.nodes).toEqual([{ key: "r2p-ministerial-2010", start: { precision: "MONTH", text: "September 2010" } }]);
    expect(month.statements).toBe(1);
    const secondDay = await hub.gql(`{ meetings(filter: { from: "2011-05-18", to: "2011-05-18" }) { nodes { key } } }`);
    expect(secondDay.data.meetings.nodes).toEqual([{ key: "r2p-fp-2011-new-york" }]);
    expect(secondDay.statements).toBe(1);
  });

  it("filters by host (HOST or CO_HOST) and by participant, one row per meeting", async () => {
    const ghana = await stateId("GHA");
    const hosted = await hub.gql(`query($h: ID!) { meetings(filter: { host: $h }) { totalCount nodes { key } } }`, { h: ghana });
    expect(hosted.data.meetings.nodes.map((m: any) => m.key)).toEqual(["r2p-ministerial-2010", "r2p-fp-2011-new-york", "r2p-fp-2012-new-york", "r2p-fp-2013-accra"]);
    expect(hosted.data.meetings.totalCount).toBe(4);
    expect(hosted.statements).toBe(2);
    // Ghana is both CO_HOST and PARTICIPANT of the 2011 meeting: EXISTS keeps it once.
    const attended = await hub.gql(`query($h: ID!) { meetings(filter: { participant: $h, from: "2011-01-01", to: "2011-12-31" }) { totalCount nodes { key } } }`, { h: ghana });
    expect(attended.data.meetings.nodes).toEqual([{ key: "r2p-fp-2011-new-york" }]);
    expect(attended.data.meetings.totalCount).toBe(1);
    expect(attended.statements).toBe(2);
  });

  it("treats the id of a non-actor as matching nothing", async () => {
    const r = await hub.gql(`query($h: ID!) { meetings(filter: { host: $h }) { totalCount nodes { key } } }`, { h: gid("Meeting", 1) });
    expect(r.errors).toBeUndefined();
    expect(r.data.meetings).toEqual({ totalCount: 0, nodes: [] });
    expect(r.statements).toBe(2);
  });

  it("filters by kinds, network, country and UNGA session", async () => {
    const kinds = await hub.gql(`{ meetings(filter: { kinds: [FOUNDATIONAL_MEETING, LAUNCH_EVENT] }) { nodes { key kind } } }`);
    expect(kinds.data.meetings.nodes).toEqual([
      { key: "wps-fpn-foundational-2016", kind: "FOUNDATIONAL_MEETING" },
      { key: "wps-fpn-launch-2016", kind: "LAUNCH_EVENT" },
    ]);
    expect(kinds.statements).toBe(1);
    const nl = await hub.gql(`{ meetings(filter: { network: "mla-initiative", country: "nl" }) { nodes { key } } }`);
    expect(nl.data.meetings.nodes.map((m: any) => m.key)).toEqual(["mla-expert-meeting-2011", "mla-doorn-2017", "mla-noordwijk-2019", "mla-signing-conference-2024"]);
    expect(nl.statements).toBe(1);
    const session = await hub.gql(`{ meetings(filter: { ungaSession: 66 }) { nodes { key } } }`);
    expect(session.data.meetings.nodes.map((m: any) => m.key)).toEqual(["r2p-ministerial-2011", "unga-iid-r2p-2012"]);
    expect(session.statements).toBe(1);
  });

  it("pages forward and backward over the same order", async () => {
    const q = `query($a: String, $b: String, $f: Int, $l: Int) {
      meetings(filter: { network: "wps-focal-points" }, first: $f, after: $a, last: $l, before: $b) {
        totalCount nodes { key } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const all = await hub.gql(q, { f: 100 });
    const keys = all.data.meetings.nodes.map((m: any) => m.key);
    expect(keys).toHaveLength(9);
    expect(all.data.meetings.totalCount).toBe(9);
    expect(all.statements).toBe(2);

    const p1 = await hub.gql(q, { f: 4 });
    expect(p1.data.meetings.nodes.map((m: any) => m.key)).toEqual(keys.slice(0, 4));
    expect(p1.data.meetings.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await hub.gql(q, { f: 4, a: p1.data.meetings.pageInfo.endCursor });
    expect(p2.data.meetings.nodes.map((m: any) => m.key)).toEqual(keys.slice(4, 8));
    expect(p2.data.meetings.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(p2.data.meetings.totalCount).toBe(9);
    expect(p2.statements).toBe(2);

    const back = await hub.gql(q, { l: 3, b: p2.data.meetings.pageInfo.endCursor });
    expect(back.data.meetings.nodes.map((m: any) => m.key)).toEqual(keys.slice(4, 7));
    expect(back.data.meetings.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = await hub.gql(q, { l: 2 });
    expect(last.data.meetings.nodes.map((m: any) => m.key)).toEqual(["wps-fpn-2023-co-chairs-virtual", "wps-fpn-2023-washington"]);
    expect(last.data.meetings.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.statements).toBe(2);
  });

  it("sorts by title, descending", async () => {
    const r = await hub.gql(`{ meetings(filter: { network: "mla-initiative" }, orderBy: { field: TITLE, direction: DESC }) { nodes { title } } }`);
    const titles = r.data.meetings.nodes.map((m: any) => m.title);
    expect(titles).toHaveLength(7);
    expect(titles).toEqual([...titles].sort().reverse());
    expect(r.statements).toBe(1);
  });

  it("rejects bad filters with BAD_USER_INPUT naming the argument", async () => {
    const reversed = await hub.gql(`{ meetings(filter: { from: "2012-01-01", to: "2011-01-01" }) { totalCount } }`);
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.to" });
    expect(reversed.data).toBeNull();
    expect(reversed.statements).toBe(0);
    const badDate = await hub.gql(`{ meetings(filter: { from: "23/09/2011" }) { totalCount } }`);
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.from" });
    expect(badDate.status).toBe(400); // refused by the Date scalar before anything runs
    // A host is an id or a natural key (test/natural-keys.test.ts): a name is neither and matches nothing; text no key looks like is refused.
    const nameAsHost = await hub.gql(`{ meetings(filter: { host: "Ghana" }) { totalCount } }`);
    expect(nameAsHost.data.meetings.totalCount).toBe(0);
    const badHost = await hub.gql(`{ meetings(filter: { host: "Ghana!" }) { totalCount } }`);
    expect(badHost.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.host" });
    expect(badHost.statements).toBe(0);
  });
});

describe("who hosted, organised and spoke", () => {
  it("the first R2P focal points meeting was co-hosted by Costa Rica, Denmark and Ghana, in association with GCR2P", async () => {
    const r = await firstMeeting(
      { network: "r2p-focal-points", kinds: ["FOCAL_POINT_ANNUAL_MEETING"] },
      `ordinal hosts { __typename name } associated: participants(roles: [IN_ASSOCIATION_WITH]) { role actor { __typename name ... on Organisation { acronym } } }`,
    );
    const m = r.data.meetings.nodes[0];
    expect(m.key).toBe("r2p-fp-2011-new-york");
    expect(m.ordinal).toBe(1);
    expect(m.hosts).toEqual([
      { __typename: "State", name: "Costa Rica" },
      { __typename: "State", name: "Denmark" },
      { __typename: "State", name: "Ghana" },
    ]);
    expect(m.associated).toEqual([{ role: "IN_ASSOCIATION_WITH", actor: { __typename: "Organisation", name: expect.stringContaining("Responsibility to Protect"), acronym: "GCR2P" } }]);
    // meetings, host participations, associated participations, states, organisations
    expect(r.statements).toBe(5);
  });

  it("the WPS Focal Points Network's launch was organised by the permanent missions of Spain, Canada, Chile, Japan, Namibia and the UAE", async () => {
    const r = await firstMeeting({ network: "wps-focal-points", kinds: ["LAUNCH_EVENT"] }, `start { iso } participants(roles: [ORGANISER]) { level actor { ... on State { alpha3 } } } `);
    const m = r.data.meetings.nodes[0];
    expect(m.key).toBe("wps-fpn-launch-2016");
    expect(m.start.iso).toBe("2016-09-23");
    expect(m.participants.map((p: any) => p.actor.alpha3)).toEqual(["ESP", "CAN", "CHL", "JPN", "NAM", "ARE"]);
    expect(m.participants.every((p: any) => p.level === "MISSION")).toBe(true);
    expect(r.statements).toBe(3);
  });

  it("at the WPS launch, Namibia, Canada and Japan were still to be confirmed", async () => {
    const r = await firstMeeting(
      { kinds: ["LAUNCH_EVENT"] },
      `participants(status: TO_BE_CONFIRMED) { role level status title actor { ... on State { alpha3 } } person { name participations { role meeting { key } } } }`,
    );
    const tbc = r.data.meetings.nodes[0].participants;
    expect(tbc.map((p: any) => p.actor.alpha3)).toEqual(["NAM", "CAN", "JPN"]);
    expect(tbc.every((p: any) => p.role === "SPEAKER" && p.status === "TO_BE_CONFIRMED")).toBe(true);
    expect(tbc[0].person.name).toMatch(/Nandi-Ndaitwah/);
    expect(tbc[0].person.participations).toContainEqual({ role: "SPEAKER", meeting: { key: "wps-fpn-launch-2016" } });
    expect(tbc[1].person).toBeNull();
    expect(tbc[2].title).toBe("High Level Representative");
    // meetings, participations, states, people, people's participations, their meetings
    expect(r.statements).toBe(6);
  });

  it("Ghana's hosted meetings are reachable from the state", async () => {
    const r = await hub.gql(`{ state(code: "GH") { meetings(roles: [HOST, CO_HOST]) { role meeting { key } } } }`);
    expect(r.data.state.meetings.map((p: any) => `${p.role} ${p.meeting.key}`)).toEqual([
      "CO_HOST r2p-ministerial-2010",
      "CO_HOST r2p-fp-2011-new-york",
      "CO_HOST r2p-fp-2012-new-york",
      "CO_HOST r2p-fp-2013-accra",
    ]);
    expect(r.statements).toBe(3);
  });
});

describe("conflicting observations", () => {
  it("the 2011 ministerial: 14 ministers (ICRtoP) vs 10 at ministerial level (GCR2P), each with its source", async () => {
    const r = await firstMeeting(
      { series: "R2P_ANNUAL_MINISTERIAL_MEETING", ungaSession: 66 },
      `observations { metric value qualifier text note source { publisher url } conflicts { value } } sources { quote }`,
    );
    const m = r.data.meetings.nodes[0];
    expect(m.key).toBe("r2p-ministerial-2011");
    const ministers = m.observations.find((o: any) => o.metric === "MINISTERS");
    const ministerial = m.observations.find((o: any) => o.metric === "MINISTERIAL_LEVEL_PARTICIPANTS");
    expect(ministers).toMatchObject({ value: 14, text: expect.stringContaining("14 Ministers"), source: { publisher: expect.stringContaining("ICRtoP") } });
    expect(ministerial).toMatchObject({ value: 10, text: expect.stringContaining("10 at the ministerial level"), source: { url: "http://www.globalr2p.org/resources/390" } });
    expect(ministers.source.url).not.toBe(ministerial.source.url);
    // Ministers are part of the ministerial level (src/observations/metric-comparability.table.ts).
    expect(ministers.note).toMatch(/^\[CONFLICT\].*10 participants at ministerial level/);
    expect(ministerial.note).toMatch(/^\[CONFLICT\].*14 Ministers/);
    expect(ministers.conflicts).toEqual([{ value: 10 }]);
    expect(ministerial.conflicts).toEqual([{ value: 14 }]);
    expect(m.sources.length).toBeGreaterThan(0);
    // meetings, observations, citations, source links (conflicts reuse the observations batch)
    expect(r.statements).toBe(4);
  });

  it("the 2017 dialogue: the eighth according to one GCR2P page, the ninth according to another", async () => {
    const r = await firstMeeting(
      { series: "UNGA_INFORMAL_INTERACTIVE_DIALOGUE_ON_R2P", from: "2017-01-01", to: "2017-12-31" },
      `ordinal observations { id metric value text source { url } conflicts { value source { url } } }`,
    );
    const m = r.data.meetings.nodes[0];
    expect(m.key).toBe("unga-iid-r2p-2017");
    expect(m.ordinal).toBeNull();
    const ordinals = m.observations.filter((o: any) => o.metric === "ORDINAL");
    expect(ordinals.map((o: any) => o.value).sort()).toEqual([8, 9]);
    for (const o of ordinals) {
      expect(o.conflicts).toEqual([{ value: 17 - o.value, source: { url: ordinals.find((x: any) => x.value !== o.value).source.url } }]);
    }
    const speakers = m.observations.find((o: any) => o.metric === "SPEAKERS");
    expect(speakers.conflicts).toEqual([]);
    expect(r.statements).toBe(3);

    const node = await hub.gql(`query($id: ID!) { node(id: $id) { ... on Observation { value conflicts { value } } } }`, { id: ordinals[0].id });
    expect(node.data.node.conflicts).toHaveLength(1);
    // observation by pk, then the subject's observations
    expect(node.statements).toBe(2);
  });
});

describe("statement counts grow with depth, not rows", () => {
  const q = `query($n: Int) { meetings(filter: { network: "r2p-focal-points" }, first: $n) { nodes { key participants { actor { __typename
    ... on State { meetings { role meeting { key } } } ... on Organisation { meetings { role meeting { key } } } } } } } }`;

  it("meetings → participants → actor → meetings costs the same for 2 meetings and for 10", async () => {
    const small = await hub.gql(q, { n: 2 });
    const large = await hub.gql(q, { n: 10 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data.meetings.nodes).toHaveLength(2);
    expect(large.data.meetings.nodes).toHaveLength(10);
    const rows = (r: any) => r.data.meetings.nodes.reduce((n: number, m: any) => n + m.participants.length, 0);
    expect(rows(large)).toBeGreaterThan(rows(small));
    // meetings, participations, states, organisations, states' participations, organisations' participations, their meetings
    expect(small.statements).toBe(7);
    expect(large.statements).toBe(7);
  });
});
