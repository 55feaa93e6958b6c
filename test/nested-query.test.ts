import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { growData } from "../bench/grow-data";
import { NESTED_QUERY } from "../bench/queries";
import { loadConfig } from "../src/config";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * The batching guarantee, end to end: a query four lists deep runs the same number of SQL
 * statements however many rows it returns. On the seed data the query returns 21 memberships,
 * 54 state meeting parts and 729 participant rows in 9 statements; after growData(hub.ds, 2) it
 * returns 42 memberships, 216 meeting parts and 5,832 participant rows (8x), still in 9 statements.
 * The query (bench/queries.ts) is the one the benchmark times.
 */

/** The rows the query returns at each level, counted from the response. */
function rowCounts(data: any) {
  let memberships = 0, meetings = 0, participants = 0;
  for (const n of data.networks.nodes) {
    memberships += n.memberships.length;
    for (const m of n.memberships) {
      for (const p of m.member.meetings ?? []) {
        meetings += 1;
        participants += p.meeting.participants.length;
      }
    }
  }
  return { memberships, meetings, participants };
}

/** Statements the nested query runs, at any data size: one per list level and per table it reads. */
const STATEMENTS = 9;

let hub: TestHub;
// Unpaged nested lists are priced by their largest possible fan-out (src/limits/list-fanout.ts),
// far above the default cost limit: this test is about batching, so it lifts the limits.
const limits = { ...loadConfig({}).limits, maxCost: 1e9, maxResultNodes: 1e9 };
beforeAll(async () => { hub = await startTestHub({ config: { limits } }); });
afterAll(async () => { await hub?.close(); });

describe("statement count does not grow with the data", () => {
  it(`runs the nested networks → memberships → meetings → participants query in ${STATEMENTS} statements both at 729 and at 5,832 participant rows (data doubled)`, async () => {
    const small = await hub.gql(NESTED_QUERY);
    expect(small.errors).toBeUndefined();
    const before = rowCounts(small.data);
    expect(before.memberships).toBeGreaterThan(0);
    expect(before.participants).toBeGreaterThan(0);

    const growth = await growData(hub.ds, 2);
    expect(growth.network_membership.after).toBe(2 * growth.network_membership.before);
    expect(growth.meeting_participation.after).toBe(2 * growth.meeting_participation.before);

    const large = await hub.gql(NESTED_QUERY);
    expect(large.errors).toBeUndefined();
    const after = rowCounts(large.data);
    expect(before).toEqual({ memberships: 21, meetings: 54, participants: 729 });
    expect(after.participants).toBeGreaterThanOrEqual(2 * before.participants);
    // Each level doubles on top of the one above it: ×2 memberships, ×4 meeting parts, ×8 participants.
    expect(after).toEqual({ memberships: 42, meetings: 216, participants: 5832 });

    expect(small.statements).toBe(STATEMENTS);
    expect(large.statements).toBe(small.statements);
  });
});
