import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import { loadSeeds, SEED_DATA_DIR } from "../seeds/seed.loader";
import { SeedError } from "../seeds/loader/read-seed-files";

const open: DataSource[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.destroy();
});

async function freshDatabase(): Promise<DataSource> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seed-")), "seed.sqlite");
  const ds = createDataSource({ type: "sqlite", path: file });
  await ds.initialize();
  await ds.runMigrations();
  open.push(ds);
  return ds;
}

const TABLES = ["state", "organisation", "network", "meeting", "document", "treaty_proposal", "treaty_action", "observation", "source_link", "network_membership", "meeting_participation", "search_entry"];

async function dump(ds: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await ds.query(`SELECT * FROM ${t} ORDER BY id`);
  return out;
}

/** A copy of the seed data with one file changed, for the validation tests. */
function copyWith(file: string, edit: (records: any[]) => void): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seeddata-")), "data");
  fs.cpSync(SEED_DATA_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  const records = JSON.parse(fs.readFileSync(target, "utf8"));
  edit(records);
  fs.writeFileSync(target, JSON.stringify(records));
  return dir;
}

describe("seed loader", () => {
  it("loads the seed data, and a second run changes nothing, ids included", async () => {
    const ds = await freshDatabase();
    const first = await loadSeeds(ds);
    expect(first.inserted).toBeGreaterThan(1000);
    const before = await dump(ds);
    const second = await loadSeeds(ds);
    expect(second).toEqual({ inserted: 0, updated: 0, deleted: 0 });
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
    expect(await ds.query("SELECT COUNT(*) AS n FROM state")).toEqual([{ n: 0 }]);
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
    expect(await ds.query("SELECT COUNT(*) AS n FROM citation")).toEqual([{ n: 0 }]);
  });

  it("a load that fails half-way through writing leaves nothing behind", async () => {
    const ds = await freshDatabase();
    // Valid data, but the database refuses the participations, which are written after states,
    // organisations, people and meetings.
    await ds.query("CREATE TRIGGER refuse BEFORE INSERT ON meeting_participation BEGIN SELECT RAISE(ABORT, 'refused'); END");
    await expect(loadSeeds(ds)).rejects.toThrow("refused");
    for (const table of ["state", "organisation", "person", "meeting", "citation"]) {
      expect(await ds.query(`SELECT COUNT(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    }
  });
});
