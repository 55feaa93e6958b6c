import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { walkConnection } from "./support/walk-connection";

/**
 * Lists under an object page (`…Connection` beside each plain list), and a page for every parent
 * of a level is one statement: the partner's nested query runs in depth + 1 statements or fewer
 * at any data size, and each parent's cursors page forwards and backwards through that parent's
 * list in the plain list's order.
 */

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

type Vars = Record<string, unknown>;

/** Walks one parent's connection to the end with `size`-item pages, forwards or backwards; returns the items in list order. */
const walk = (query: string, vars: Vars, connectionOf: (data: any) => any, itemOf: (node: any) => string, backward: boolean, size: number) =>
  walkConnection(hub, query, vars, connectionOf, itemOf, backward, size);

const STATE_MEETINGS = /* GraphQL */ `
  query StateMeetings($code: String!, $first: Int, $last: Int, $after: String, $before: String, $dir: OrderDirection = ASC) {
    state(code: $code) {
      meetings(roles: [HOST, CO_HOST]) { role meeting { key } }
      meetingsConnection(roles: [HOST, CO_HOST], orderBy: { field: MEETING_START, direction: $dir }, first: $first, last: $last, after: $after, before: $before) {
        edges { cursor node { role meeting { key } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`;
const participation = (p: any) => `${p.meeting.key}|${p.role}`;

const MEETING_PARTICIPANTS = /* GraphQL */ `
  query MeetingParticipants($id: ID!, $first: Int, $last: Int, $after: String, $before: String) {
    meeting(id: $id) {
      participants { position role actor { name } }
      participantsConnection(first: $first, last: $last, after: $after, before: $before) {
        edges { cursor node { position role actor { name } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`;
const participant = (p: any) => `${p.position}|${p.role}|${p.actor.name}`;

const NETWORK_MEMBERSHIPS = /* GraphQL */ `
  query NetworkMemberships($slug: String!, $first: Int, $last: Int, $after: String, $before: String) {
    network(slug: $slug) {
      memberships { status member { name } }
      membershipsConnection(first: $first, last: $last, after: $after, before: $before) {
        edges { cursor node { status member { name } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`;
const membership = (m: any) => `${m.member.name}|${m.status}`;

describe("per-parent pages, cursors and counts", () => {
  it("gives each state its own totalCount of hosted meetings, for a whole level in one page statement and one count", async () => {
    const res = await hub.gql(/* GraphQL */ `{
      states(first: 100) { nodes { alpha3 meetings(roles: [HOST, CO_HOST]) { role } meetingsConnection(roles: [HOST, CO_HOST], first: 2) { totalCount nodes { role } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const states = res.data.states.nodes;
    for (const s of states) {
      expect(s.meetingsConnection.totalCount).toBe(s.meetings.length);
      expect(s.meetingsConnection.nodes.length).toBe(Math.min(2, s.meetings.length));
    }
    expect(states.some((s: any) => s.meetingsConnection.totalCount > 2)).toBe(true);
    // states page, plain lists, connection page, grouped count.
    expect(res.statements).toBe(4);
  });

  it("walks a state's hosted meetings forwards and backwards in the plain list's order, and newest first", async () => {
    const res = await hub.gql(`{ states(first: 100) { nodes { alpha3 meetingsConnection(roles: [HOST, CO_HOST], first: 0) { totalCount } } } }`);
    const busiest = [...res.data.states.nodes].sort((a: any, b: any) => b.meetingsConnection.totalCount - a.meetingsConnection.totalCount).slice(0, 3);
    expect(busiest[0].meetingsConnection.totalCount).toBeGreaterThan(3);
    for (const { alpha3 } of busiest) {
      const plain = (await hub.gql(STATE_MEETINGS, { code: alpha3, first: 0 })).data.state.meetings.map(participation);
      const of = (data: any) => data.state.meetingsConnection;
      const forward = await walk(STATE_MEETINGS, { code: alpha3 }, of, participation, false, 2);
      expect(forward).toEqual(plain);
      expect(await walk(STATE_MEETINGS, { code: alpha3 }, of, participation, true, 2)).toEqual(plain);
      const newest = await walk(STATE_MEETINGS, { code: alpha3, dir: "DESC" }, of, participation, false, 3);
      expect(newest).toEqual([...plain].reverse());
      expect(await walk(STATE_MEETINGS, { code: alpha3, dir: "DESC" }, of, participation, true, 3)).toEqual(newest);
    }
  });

  it("walks a meeting's participants and a network's memberships in the plain lists' order", async () => {
    const meetings = (await hub.gql(`{ meetings(first: 100) { nodes { id participantsConnection(first: 0) { totalCount } participants { role } } } }`)).data.meetings.nodes;
    for (const m of meetings) expect(m.participantsConnection.totalCount).toBe(m.participants.length);
    const biggest = [...meetings].sort((a: any, b: any) => b.participants.length - a.participants.length)[0];
    expect(biggest.participants.length).toBeGreaterThan(7);
    const plainParticipants = (await hub.gql(MEETING_PARTICIPANTS, { id: biggest.id, first: 0 })).data.meeting.participants.map(participant);
    const ofMeeting = (data: any) => data.meeting.participantsConnection;
    expect(await walk(MEETING_PARTICIPANTS, { id: biggest.id }, ofMeeting, participant, false, 7)).toEqual(plainParticipants);
    expect(await walk(MEETING_PARTICIPANTS, { id: biggest.id }, ofMeeting, participant, true, 7)).toEqual(plainParticipants);

    const networks = (await hub.gql(`{ networks(first: 50) { nodes { slug memberships { status } membershipsConnection(first: 0) { totalCount } } } }`)).data.networks.nodes;
    for (const n of networks) expect(n.membershipsConnection.totalCount).toBe(n.memberships.length);
    const largest = [...networks].sort((a: any, b: any) => b.memberships.length - a.memberships.length)[0];
    const plainMemberships = (await hub.gql(NETWORK_MEMBERSHIPS, { slug: largest.slug, first: 0 })).data.network.memberships.map(membership);
    const ofNetwork = (data: any) => data.network.membershipsConnection;
    expect(await walk(NETWORK_MEMBERSHIPS, { slug: largest.slug }, ofNetwork, membership, false, 4)).toEqual(plainMemberships);
    expect(await walk(NETWORK_MEMBERSHIPS, { slug: largest.slug }, ofNetwork, membership, true, 4)).toEqual(plainMemberships);
  });

  it("walks an organisation's members and a treaty's actions in the plain lists' order, with per-parent totals", async () => {
    const ORG_MEMBERS = /* GraphQL */ `
      query OrgMembers($key: String!, $first: Int, $last: Int, $after: String, $before: String) {
        organisation(key: $key) {
          members { status member { name } }
          membersConnection(first: $first, last: $last, after: $after, before: $before) {
            edges { cursor node { status member { name } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
      }
    `;
    const orgs = (await hub.gql(`{ organisations(first: 100) { nodes { key members { status } membersConnection(first: 1) { totalCount } } } }`)).data.organisations.nodes;
    for (const o of orgs) expect(o.membersConnection.totalCount).toBe(o.members.length);
    const org = [...orgs].sort((a: any, b: any) => b.members.length - a.members.length)[0];
    expect(org.members.length).toBeGreaterThan(5);
    const plainMembers = (await hub.gql(ORG_MEMBERS, { key: org.key, first: 0 })).data.organisation.members.map(membership);
    const ofOrg = (data: any) => data.organisation.membersConnection;
    expect(await walk(ORG_MEMBERS, { key: org.key }, ofOrg, membership, false, 5)).toEqual(plainMembers);
    expect(await walk(ORG_MEMBERS, { key: org.key }, ofOrg, membership, true, 5)).toEqual(plainMembers);

    const TREATY_ACTIONS = /* GraphQL */ `
      query TreatyActions($slug: String!, $first: Int, $last: Int, $after: String, $before: String, $dir: OrderDirection = ASC) {
        treatyProposal(slug: $slug) {
          actions { id }
          actionsConnection(orderBy: { field: DATE, direction: $dir }, first: $first, last: $last, after: $after, before: $before) {
            totalCount
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
      }
    `;
    const slug = "ljubljana-the-hague-convention";
    const treaty = (await hub.gql(TREATY_ACTIONS, { slug, first: 0 })).data.treatyProposal;
    const plainActions = treaty.actions.map((a: any) => a.id);
    expect(treaty.actionsConnection.totalCount).toBe(plainActions.length);
    expect(plainActions.length).toBeGreaterThan(5);
    const ofTreaty = (data: any) => data.treatyProposal.actionsConnection;
    const id = (a: any) => a.id;
    expect(await walk(TREATY_ACTIONS, { slug }, ofTreaty, id, false, 4)).toEqual(plainActions);
    expect(await walk(TREATY_ACTIONS, { slug }, ofTreaty, id, true, 4)).toEqual(plainActions);
    expect(await walk(TREATY_ACTIONS, { slug, dir: "DESC" }, ofTreaty, id, false, 4)).toEqual([...plainActions].reverse());
  });

  it("pages a state's network memberships and an organisation's meetings, agreeing with the plain lists, in one page statement per level", async () => {
    const states = await hub.gql(`{ states(first: 100) { nodes { networkMemberships { network { slug } } networkMembershipsConnection(first: 2) { totalCount nodes { network { slug } } } } } }`);
    expect(states.errors).toBeUndefined();
    for (const s of states.data.states.nodes) {
      expect(s.networkMembershipsConnection.totalCount).toBe(s.networkMemberships.length);
      expect(s.networkMembershipsConnection.nodes).toEqual(s.networkMemberships.slice(0, 2));
    }
    const orgs = await hub.gql(`{ organisations(first: 100) { nodes { meetings { role meeting { key } } meetingsConnection(first: 3) { totalCount nodes { role meeting { key } } } } } }`);
    expect(orgs.errors).toBeUndefined();
    expect(orgs.data.organisations.nodes.some((o: any) => o.meetings.length > 3)).toBe(true);
    for (const o of orgs.data.organisations.nodes) {
      expect(o.meetingsConnection.totalCount).toBe(o.meetings.length);
      expect(o.meetingsConnection.nodes).toEqual(o.meetings.slice(0, 3));
    }
    // Connections only: the states page, one page statement that also loads the networks, one grouped count.
    const paged = await hub.gql(`{ states(first: 100) { nodes { networkMembershipsConnection(first: 2) { totalCount nodes { network { slug } } } } } }`);
    expect(paged.statements).toBe(3);
  });

  it("pages states' and organisations' treaty actions, with and without a treaty filter, agreeing with the plain lists", async () => {
    const res = await hub.gql(`{
      states(first: 100) { nodes {
        treatyActions { id } treatyActionsConnection(first: 2) { totalCount nodes { id treatyProposal { slug } } }
        lhc: treatyActions(treaty: "ljubljana-the-hague-convention") { id }
        lhcPage: treatyActionsConnection(treaty: "ljubljana-the-hague-convention", first: 1) { totalCount nodes { id } }
      } }
      organisations(first: 100) { nodes { treatyActions { id } treatyActionsConnection(first: 2) { totalCount nodes { id } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const ids = (list: any[]) => list.map((a) => a.id);
    expect(res.data.states.nodes.some((s: any) => s.lhc.length > 0)).toBe(true);
    for (const s of res.data.states.nodes) {
      expect(s.treatyActionsConnection.totalCount).toBe(s.treatyActions.length);
      expect(ids(s.treatyActionsConnection.nodes)).toEqual(ids(s.treatyActions.slice(0, 2)));
      expect(s.lhcPage.totalCount).toBe(s.lhc.length);
      expect(ids(s.lhcPage.nodes)).toEqual(ids(s.lhc.slice(0, 1)));
    }
    for (const o of res.data.organisations.nodes) {
      expect(o.treatyActionsConnection.totalCount).toBe(o.treatyActions.length);
      expect(ids(o.treatyActionsConnection.nodes)).toEqual(ids(o.treatyActions.slice(0, 2)));
    }
  });

  it("pages networks' leadership terms, filtered by role and year, agreeing with the plain lists", async () => {
    const res = await hub.gql(`{ networks(first: 50) { nodes {
      leadership { role label } leadershipConnection(first: 2) { totalCount nodes { role label } }
      cochairs: leadership(role: CO_CHAIR, year: 2021) { label } cochairsPage: leadershipConnection(role: CO_CHAIR, year: 2021, first: 1) { totalCount nodes { label } }
    } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.networks.nodes.some((n: any) => n.leadership.length > 2)).toBe(true);
    for (const n of res.data.networks.nodes) {
      expect(n.leadershipConnection.totalCount).toBe(n.leadership.length);
      expect(n.leadershipConnection.nodes).toEqual(n.leadership.slice(0, 2));
      expect(n.cochairsPage.totalCount).toBe(n.cochairs.length);
      expect(n.cochairsPage.nodes).toEqual(n.cochairs.slice(0, 1));
    }
    const both = await hub.gql(`{ networks(first: 1) { nodes { leadershipConnection(year: 2021, asOf: "2021-01-01") { totalCount } } } }`);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "year" });
  });

  it.each([
    [{ first: 101 }, "first"],
    [{ first: -1 }, "first"],
    [{ first: 2, last: 2 }, "last"],
    [{ after: "not-a-cursor" }, "after"],
    [{ before: "bm9wZQ" }, "before"],
  ])("rejects %o as BAD_USER_INPUT naming `%s`", async (vars, argument) => {
    const res = await hub.gql(STATE_MEETINGS, { code: "NLD", ...vars });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.argumentName).toBe(argument);
  });

  it("refuses a forged cursor whose sort value has the wrong type for its ordering, naming `after`", async () => {
    const forged = (payload: unknown[]) => Buffer.from(JSON.stringify(payload)).toString("base64url");
    const meetingId = (await hub.gql(`{ meetings(first: 1) { nodes { id } } }`)).data.meetings.nodes[0].id;
    const listed = await hub.gql(MEETING_PARTICIPANTS, { id: meetingId, first: 2, after: forged(["LISTED", "1 OR 1=1", 1]) });
    expect(listed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    const dated = await hub.gql(STATE_MEETINGS, { code: "NLD", first: 2, after: forged(["MEETING_START", 5, 1]) });
    expect(dated.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
  });

  it("rejects a cursor issued for another ordering, naming `after`", async () => {
    const listed = await hub.gql(`{ states(first: 100) { nodes { meetingsConnection(orderBy: { field: LISTED }, first: 1) { pageInfo { endCursor } } } } }`);
    const cursor = listed.data.states.nodes.map((s: any) => s.meetingsConnection.pageInfo.endCursor).find(Boolean);
    const res = await hub.gql(STATE_MEETINGS, { code: "NLD", first: 2, after: cursor });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.argumentName).toBe("after");
  });
});
