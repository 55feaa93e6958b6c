import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { seedCopyWith } from "./support/seed-copy";
import { loadSeeds } from "../seeds/seed.loader";
import { Meeting } from "../entities/meeting.entity";
import { toGlobalId } from "../src/global-id";

/**
 * `history` on every Node (issue 10 §4): the seed loader records each row it writes as actor SEED,
 * in its own transaction; a re-run with the same data records nothing; a changed value is recorded
 * as UPDATED with the previous and new values. One statement per level for all objects.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

const changeCount = async () => Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM "change"`))[0].n);
const HISTORY = `history { totalCount nodes { action at actor { kind partner { name } } subjectType subjectId changedFields previous next subject { id } } }`;
const MEETING = "r2p-ministerial-2010";
/** A meeting's global id, by its seed key. */
const meetingId = async (key: string) => toGlobalId("Meeting", (await hub.ds.getRepository(Meeting).findOneByOrFail({ key })).pk);

describe("history", () => {
  it("shows a seeded state's creation by the seed loader, with its values", async () => {
    const r = await hub.gql(`{ state(code: "GHA") { id name ${HISTORY} } }`);
    expect(r.errors).toBeUndefined();
    const { id, history } = r.data.state;
    expect(history.totalCount).toBe(1);
    const [created] = history.nodes;
    expect(created).toMatchObject({ action: "CREATED", actor: { kind: "SEED", partner: null }, subjectType: "State", subjectId: id, previous: null, subject: { id } });
    expect(created.next).toMatchObject({ name: "Ghana", alpha3: "GHA" });
    expect(created.changedFields).toContain("name");
    expect(created.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(r.statements).toBe(4); // the state, its history page, the history COUNT, the subject by key
  });

  it("folds links set later in the same load into the CREATED values", async () => {
    const r = await hub.gql(`query($id: ID!) { meeting(id: $id) { history { nodes { action next } } } }`, { id: await meetingId("r2p-fp-2011-new-york") });
    expect(r.errors).toBeUndefined();
    expect(r.data.meeting.history.nodes).toHaveLength(1);
    expect(r.data.meeting.history.nodes[0].next).toHaveProperty("parentId");
  });

  it("re-running the seed with the same data records nothing", async () => {
    const before = await changeCount();
    expect(before).toBeGreaterThan(5000);
    expect(await loadSeeds(hub.ds)).toEqual({ inserted: 0, updated: 0, deleted: 0, skipped: 0 });
    expect(await changeCount()).toBe(before);
  });

  it("a changed seed value is recorded as UPDATED with its previous and new value, newest first", async () => {
    let oldTitle = "";
    const dir = seedCopyWith("r2p/meetings.json", (records) => {
      oldTitle = records[0].title;
      records[0].title = `${oldTitle} (renamed)`;
    });
    const before = await changeCount();
    expect(await loadSeeds(hub.ds, dir)).toMatchObject({ updated: 1 });
    expect(await changeCount()).toBe(before + 1);
    const r = await hub.gql(`query($id: ID!) { meeting(id: $id) { title history(first: 1) { pageInfo { hasNextPage endCursor } nodes { action actor { kind } changedFields previous next } } } }`, { id: await meetingId(MEETING) });
    expect(r.errors).toBeUndefined();
    expect(r.data.meeting.title).toBe(`${oldTitle} (renamed)`);
    expect(r.data.meeting.history.nodes).toEqual([
      { action: "UPDATED", actor: { kind: "SEED" }, changedFields: ["title"], previous: { title: oldTitle }, next: { title: `${oldTitle} (renamed)` } },
    ]);
    expect(r.data.meeting.history.pageInfo.hasNextPage).toBe(true);
    const older = await hub.gql(`query($id: ID!, $after: String) { meeting(id: $id) { history(first: 5, after: $after) { nodes { action } } } }`, { id: await meetingId(MEETING), after: r.data.meeting.history.pageInfo.endCursor });
    expect(older.data.meeting.history.nodes).toEqual([{ action: "CREATED" }]);
    // Back to the real data: recorded again, as the second UPDATED.
    await loadSeeds(hub.ds);
    const back = await hub.gql(`query($id: ID!) { meeting(id: $id) { history { nodes { action previous } } } }`, { id: await meetingId(MEETING) });
    expect(back.data.meeting.history.nodes.map((n: { action: string }) => n.action)).toEqual(["UPDATED", "UPDATED", "CREATED"]);
    expect(back.data.meeting.history.nodes[0].previous).toEqual({ title: `${oldTitle} (renamed)` });
  });

  it("pages of 20 objects, with their histories and subjects, run a fixed number of statements", async () => {
    for (const [field, extra] of [["states", ""], ["meetings", ""], ["organisations", ""]]) {
      const r = await hub.gql(`{ ${field}(first: 20) { nodes { id ${extra} history(first: 3) { pageInfo { hasNextPage } nodes { action actor { kind } subject { id } } } } } }`);
      expect(r.errors, field).toBeUndefined();
      expect(r.data[field].nodes).toHaveLength(20);
      for (const n of r.data[field].nodes) expect(n.history.nodes.length, field).toBeGreaterThan(0);
      // The page, one history statement for all 20; subjects are the objects already in hand or one by-key batch.
      expect(r.statements, field).toBeLessThanOrEqual(3);
      expect(r.statements, field).toBe(PAGE_STATEMENTS[field]);
    }
  });

  it("a bad history cursor or page size is a client error naming the argument", async () => {
    for (const [args, name] of [["first: 101", "first"], ['after: "nope"', "after"], ["first: -1", "first"]]) {
      const r = await hub.gql(`{ state(code: "GHA") { history(${args}) { nodes { action } } } }`);
      expect(r.errors?.[0]?.extensions?.code, args).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.message, args).toContain(name);
    }
  });
});

const PAGE_STATEMENTS: Record<string, number> = { states: 3, meetings: 3, organisations: 3 };
