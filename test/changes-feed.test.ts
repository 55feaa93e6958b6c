import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { seedCopyWith } from "./support/seed-copy";
import { loadSeeds } from "../seeds/seed.loader";

/**
 * The changes feed (issue 10 §6): a frontend polls `changes(since:)` with the `endCursor` of its
 * last poll and gets exactly what was recorded since, oldest first; an empty poll keeps the cursor.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

const POLL = `query($since: String, $types: [String!], $first: Int) {
  changes(since: $since, types: $types, first: $first) {
    pageInfo { hasNextPage endCursor }
    nodes { id action actor { kind } subjectType subjectId changedFields previous next }
  }
}`;

async function poll(since: string | null, extra: Record<string, unknown> = {}) {
  const r = await hub.gql(POLL, { since, first: 100, ...extra });
  expect(r.errors).toBeUndefined();
  expect(r.statements).toBe(1);
  return r.data.changes as { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: any[] };
}

/** Polls until a page is not full, as a frontend catching up does; returns every change and the cursor to keep. */
async function catchUp(since: string | null) {
  const all: any[] = [];
  for (;;) {
    const page = await poll(since);
    all.push(...page.nodes);
    since = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { all, since };
  }
}

describe("changes", () => {
  let cursor: string | null = null;

  it("walks every seed change to the end, in order, then an empty poll keeps the cursor", async () => {
    const total = Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM "change"`))[0].n);
    const { all, since } = await catchUp(null);
    expect(all).toHaveLength(total);
    expect(total).toBeGreaterThan(5000);
    expect(new Set(all.map((c) => c.id)).size).toBe(total);
    expect(all.every((c) => c.action === "CREATED" && c.actor.kind === "SEED" && c.previous === null)).toBe(true);
    const types = new Set(all.map((c) => c.subjectType));
    for (const type of ["State", "Meeting", "Document", "SourceLink", "ActorName"]) expect(types.has(type), type).toBe(true);
    const empty = await poll(since);
    expect(empty).toEqual({ pageInfo: { hasNextPage: false, endCursor: since }, nodes: [] });
    cursor = since;
  });

  it("after a new change the next poll returns exactly it, and the one after that nothing", async () => {
    const dir = seedCopyWith("r2p/meetings.json", (records) => {
      records[1].title = `${records[1].title} (edited)`;
    });
    await loadSeeds(hub.ds, dir);
    const page = await poll(cursor);
    expect(page.nodes).toHaveLength(1);
    expect(page.nodes[0]).toMatchObject({ action: "UPDATED", actor: { kind: "SEED" }, subjectType: "Meeting", changedFields: ["title"] });
    expect(page.nodes[0].next.title).toMatch(/ \(edited\)$/);
    expect(page.pageInfo.endCursor).not.toBe(cursor);
    const after = await poll(page.pageInfo.endCursor);
    expect(after.nodes).toEqual([]);
    expect(after.pageInfo.endCursor).toBe(page.pageInfo.endCursor);
    await loadSeeds(hub.ds); // back to the real data: one more UPDATED
    expect((await poll(page.pageInfo.endCursor)).nodes.map((n) => n.action)).toEqual(["UPDATED"]);
  });

  it("filters by subject type, in one statement (two with the subjects)", async () => {
    const page = await poll(null, { types: ["State"] });
    expect(page.nodes).toHaveLength(100);
    expect(page.nodes.every((n) => n.subjectType === "State")).toBe(true);
    const r = await hub.gql(`{ changes(types: ["State", "Network"], first: 100) { totalCount nodes { subjectId subject { id ... on State { alpha3 } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.changes.totalCount).toBe(196 + Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM network`))[0].n));
    for (const n of r.data.changes.nodes) expect(n.subject?.id).toBe(n.subjectId);
    expect(r.statements).toBe(3); // the page, the COUNT, the states by key
    expect((await poll(null, { types: [] })).nodes).toEqual([]);
  });

  it("a bad `since`, `types` or `first` is a client error naming the argument, before any SQL", async () => {
    const historyCursor = (await hub.gql(`{ state(code: "GHA") { history { pageInfo { endCursor } } } }`)).data.state.history.pageInfo.endCursor;
    for (const [variables, name] of [
      [{ since: "not-a-cursor" }, "since"],
      [{ since: historyCursor }, "since"],
      [{ types: ["State", "Planet"] }, "types"],
      [{ first: 101 }, "first"],
      [{ first: -1 }, "first"],
    ] as const) {
      const r = await hub.gql(POLL, variables);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.message, JSON.stringify(variables)).toContain(`"${name}"`);
      expect(r.statements, JSON.stringify(variables)).toBe(0);
    }
  });
});
