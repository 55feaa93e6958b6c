import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { growData } from "../bench/grow-data";
import { startTestHub, type TestHub } from "./support/test-server";

// The partner's nested question asked with paged nested lists: one request, one statement per
// list, at any data size (the per-parent paging itself is tested in nested-paging*.test.ts).

/** The partner's query: networks → memberships → member state → meetings it hosted, newest first → participants. */
export const PARTNER_QUERY = /* GraphQL */ `
  query PartnerNested($networks: Int = 5, $memberships: Int = 10, $meetings: Int = 3, $participants: Int = 10) {
    networks(first: $networks) {
      nodes {
        slug
        membershipsConnection(first: $memberships) {
          nodes {
            member {
              ... on State {
                alpha3
                name
                meetingsConnection(roles: [HOST, CO_HOST], orderBy: { field: MEETING_START, direction: DESC }, first: $meetings) {
                  nodes {
                    role
                    meeting {
                      title
                      start { earliest }
                      participantsConnection(first: $participants) {
                        nodes { actor { ... on State { alpha3 name } } }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/**
 * The query's depth: networks → membershipsConnection → member → meetingsConnection → meeting →
 * participantsConnection → actor. Each page statement also loads the rows its items point at
 * (member, meeting, actor) when they are selected, so the query runs one statement per list: 4.
 */
const DEPTH = 7;
const PARTNER_STATEMENTS = 4;

function rowCounts(data: any) {
  let memberships = 0, meetings = 0, participants = 0;
  for (const n of data.networks.nodes) {
    for (const m of n.membershipsConnection.nodes) {
      memberships += 1;
      for (const p of m.member.meetingsConnection?.nodes ?? []) {
        meetings += 1;
        participants += p.meeting.participantsConnection.nodes.length;
      }
    }
  }
  return { memberships, meetings, participants };
}

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

describe("the partner's nested query", () => {
  // It doubles the data: this file's hub is its own.
  it(`is one request of ${PARTNER_STATEMENTS} statements (depth ${DEPTH}), the same after the data doubles`, async () => {
    const small = await hub.gql(PARTNER_QUERY);
    expect(small.errors).toBeUndefined();
    expect(small.data.networks.nodes).toHaveLength(5);
    for (const n of small.data.networks.nodes) expect(n.membershipsConnection.nodes.length).toBeLessThanOrEqual(10);
    // Hosted meetings only, newest first within each state's page, at most 3.
    for (const n of small.data.networks.nodes) {
      for (const m of n.membershipsConnection.nodes) {
        const parts = m.member.meetingsConnection?.nodes ?? [];
        expect(parts.length).toBeLessThanOrEqual(3);
        const days = parts.map((p: any) => p.meeting.start?.earliest ?? "9999-12-31");
        expect(days).toEqual([...days].sort().reverse());
        for (const p of parts) expect(["HOST", "CO_HOST"]).toContain(p.role);
        for (const p of parts) expect(p.meeting.participantsConnection.nodes.length).toBeLessThanOrEqual(10);
      }
    }
    const before = rowCounts(small.data);
    expect(before).toEqual({ memberships: 18, meetings: 20, participants: 121 });

    await growData(hub.ds, 2);
    const large = await hub.gql(PARTNER_QUERY);
    expect(large.errors).toBeUndefined();
    expect(rowCounts(large.data)).toEqual({ memberships: 22, meetings: 38, participants: 348 });

    expect(small.statements).toBe(PARTNER_STATEMENTS);
    expect(small.statements).toBeLessThanOrEqual(DEPTH + 1);
    expect(large.statements).toBe(small.statements);
  });
});
