import "reflect-metadata";
import { afterEach, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import { testDatabase, type TestDatabase } from "./support/database-template";
import { testDialect } from "./support/test-databases";
import { loadSeeds } from "../seeds/seed.loader";
import { SeedError } from "../seeds/loader/read-seed-files";
import { migrate } from "../src/db/migrations";
import { seedCopyWith } from "./support/seed-copy";

const open: { ds: DataSource; db: TestDatabase }[] = [];
afterEach(async () => {
  for (const { ds, db } of open.splice(0)) {
    await ds.destroy();
    await db.drop();
  }
});

/** An empty, migrated database of the dialect under test. */
async function freshDatabase(): Promise<DataSource> {
  const db = await testDatabase({ seeded: false });
  const ds = createDataSource(db.config);
  await ds.initialize();
  await migrate(ds);
  open.push({ ds, db });
  return ds;
}

/** Makes the database refuse inserts into `table`, to break a load half-way through. */
async function refuseInserts(ds: DataSource, table: string): Promise<void> {
  if (testDialect() === "sqlite") {
    await ds.query(`CREATE TRIGGER refuse BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'refused'); END`);
  } else {
    await ds.query(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await ds.query(`CREATE TRIGGER refuse BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse()`);
  }
}

const count = async (ds: DataSource, table: string) => Number((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

const TABLES = ["state", "organisation", "network", "meeting", "document", "treaty_proposal", "treaty_action", "observation", "source_link", "network_membership", "meeting_participation", "search_entry"];

async function dump(ds: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await ds.query(`SELECT * FROM ${t} ORDER BY id`);
  return out;
}

/** A copy of the seed data with one file changed, for the validation tests. */
const copyWith = seedCopyWith;

describe("seed loader", () => {
  it("loads the seed data, and a second run changes nothing, ids included", async () => {
    const ds = await freshDatabase();
    const first = await loadSeeds(ds);
    expect(first.inserted).toBeGreaterThan(1000);
    const before = await dump(ds);
    const second = await loadSeeds(ds);
    expect(second).toEqual({ inserted: 0, updated: 0, deleted: 0, skipped: 0 });
    expect(await dump(ds)).toEqual(before);
    expect(before.state).toHaveLength(196);
  });

  it("rejects a record with an unknown reference, naming file and record, and writes nothing", async () => {
    const ds = await freshDatabase();
    const dir = copyWith("r2p/meetings.json", (records) => {
      records[0].participants = [{ actor: "state:ZZZ", role: "HOST" }];
    });
    const error = await loadSeeds(ds, dir).catch((e) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect(error.message).toContain("r2p/meetings.json record 1 (r2p-ministerial-2010)");
    expect(error.message).toContain('unknown state "ZZZ"');
    expect(await count(ds, "state")).toBe(0);
  });

  it("rejects bad enum values and dates and lists every problem", async () => {
    const ds = await freshDatabase();
    const dir = copyWith("mla/treaty-proposals.json", (records) => {
      records[0].actions[0].type = "SIGNED";
      records[0].actions[1].date = "14 Feb 2024";
    });
    const error = await loadSeeds(ds, dir).catch((e) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain("actions[0].type must be one of SIGNATURE");
    expect(error.message).toContain('actions[1].date: "14 Feb 2024" is not a partial date');
    expect(await count(ds, "citation")).toBe(0);
  });

  it("a load that fails half-way through writing leaves nothing behind", async () => {
    const ds = await freshDatabase();
    // Valid data, but the database refuses the participations, which are written after states,
    // organisations, people and meetings.
    await refuseInserts(ds, "meeting_participation");
    await expect(loadSeeds(ds)).rejects.toThrow("refused");
    for (const table of ["state", "organisation", "person", "meeting", "citation"]) {
      expect(await count(ds, table)).toBe(0);
    }
  });
});
