import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { walkConnection } from "./support/walk-connection";

/**
 * `Actor.attendedMeetings`: each meeting an actor took part in ONCE, with every role it had there
 * on the edge. Denmark co-hosted the first focal-points meeting (New York, May 2011) and also took
 * part in it from capital: `meetings` lists it twice, `attendedMeetings` once with both roles.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => { await hub?.close(); });

const DENMARK = `query($roles: [ParticipationRole!]) {
  state(code: "DK") {
    meetings { role meeting { key } }
    attendedMeetings(first: 50, roles: $roles) { totalCount edges { roles node { key } participations { role level } } }
  }
}`;

describe("Actor.attendedMeetings", () => {
  it("lists a meeting once with all the actor's roles, in three statements for the page, its roles and its count", async () => {
    const r = await hub.gql(`{ state(code: "DK") { attendedMeetings(first: 50) { totalCount edges { roles node { key } } } } }`);
    expect(r.errors).toBeUndefined();
    const edges = r.data.state.attendedMeetings.edges;
    expect(edges.map((e: any) => e.node.key)).toEqual(["r2p-ministerial-2010", "r2p-fp-2011-new-york", "r2p-ministerial-2012", "r2p-fp-2012-new-york", "r2p-fp-2013-accra"]);
    expect(edges[1].roles).toEqual(["CO_HOST", "PARTICIPANT"]);
    expect(r.data.state.attendedMeetings.totalCount).toBe(5);
    // The state, the page of meetings, the edges' roles, the count.
    expect(r.statements).toBe(4);
  });

  it("differs from `meetings`, which lists one item per role", async () => {
    const r = await hub.gql(DENMARK);
    const perRole = r.data.state.meetings.filter((p: any) => p.meeting.key === "r2p-fp-2011-new-york");
    expect(perRole.map((p: any) => p.role)).toEqual(["CO_HOST", "PARTICIPANT"]);
    const edge = r.data.state.attendedMeetings.edges.find((e: any) => e.node.key === "r2p-fp-2011-new-york");
    expect(edge.participations).toEqual([{ role: "CO_HOST", level: null }, { role: "PARTICIPANT", level: "CAPITAL" }]);
  });

  it("filters by role but still shows every role the actor had at a listed meeting", async () => {
    const r = await hub.gql(DENMARK, { roles: ["PARTICIPANT"] });
    expect(r.data.state.attendedMeetings.edges).toEqual([
      { roles: ["CO_HOST", "PARTICIPANT"], node: { key: "r2p-fp-2011-new-york" }, participations: [{ role: "CO_HOST", level: null }, { role: "PARTICIPANT", level: "CAPITAL" }] },
    ]);
    expect(r.data.state.attendedMeetings.totalCount).toBe(1);
    const none = await hub.gql(DENMARK, { roles: [] });
    expect(none.data.state.attendedMeetings.edges).toEqual([]);
  });

  it("is on the Actor interface: states and organisations through Meeting.participants, one statement per level", async () => {
    const r = await hub.gql(`{
      meetings(first: 1, filter: { participant: "DK" }) { nodes {
        participants { actor { __typename name attendedMeetings(first: 2) { edges { roles node { key } } } } }
      } }
    }`);
    expect(r.errors).toBeUndefined();
    const actors = r.data.meetings.nodes[0].participants.map((p: any) => p.actor);
    expect(new Set(actors.map((a: any) => a.__typename))).toEqual(new Set(["State", "Organisation"]));
    for (const actor of actors) {
      expect(actor.attendedMeetings.edges.length).toBeGreaterThan(0);
      expect(actor.attendedMeetings.edges.every((e: any) => e.roles.length > 0)).toBe(true);
    }
    // The meeting page, its participants, their states and organisations (one load each), then per
    // kind of actor one page statement and one roles statement.
    expect(r.statements).toBe(8);
  });

  it("pages forwards and backwards over the same meetings, newest first with DESC", async () => {
    const query = `query($first: Int, $last: Int, $after: String, $before: String, $dir: OrderDirection!) {
      organisation(key: "gcr2p") { attendedMeetings(first: $first, last: $last, after: $after, before: $before, orderBy: { direction: $dir }) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { key } } } }
    }`;
    const of = (d: any) => d.organisation.attendedMeetings;
    const all = await hub.gql(`{ organisation(key: "gcr2p") { attendedMeetings(first: 100) { totalCount edges { node { key } } } } }`);
    const keys = all.data.organisation.attendedMeetings.edges.map((e: any) => e.node.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(all.data.organisation.attendedMeetings.totalCount);
    expect(await walkConnection(hub, query, { dir: "ASC" }, of, (n) => n.key, false, 3)).toEqual(keys);
    expect(await walkConnection(hub, query, { dir: "ASC" }, of, (n) => n.key, true, 4)).toEqual(keys);
    expect(await walkConnection(hub, query, { dir: "DESC" }, of, (n) => n.key, false, 5)).toEqual([...keys].reverse());
  });

  it("refuses a cursor from another list, naming the argument", async () => {
    const other = await hub.gql(`{ state(code: "DK") { meetingsConnection(first: 1, orderBy: { field: LISTED }) { pageInfo { endCursor } } } }`);
    const cursor = other.data.state.meetingsConnection.pageInfo.endCursor;
    const r = await hub.gql(`query($c: String) { state(code: "DK") { attendedMeetings(first: 1, after: $c) { totalCount } } }`, { c: cursor });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toContain("after");
  });
});
