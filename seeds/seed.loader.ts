import path from "node:path";
import type { DataSource } from "typeorm";
import { readSeedFiles, SeedError } from "./loader/read-seed-files";
import { validateSeeds } from "./loader/validate";
import { writeSeeds } from "./loader/write";
import { recordChangesInto, type SyncStats } from "./loader/sync";
import { ChangeSet } from "../src/history/change-set";
import { recordChanges } from "../src/history/change-recorder";
import { SEED_ACTOR } from "../src/history/change-actor";
import { rebuildSearchIndex } from "../src/search/search-index.builder";

/** The project root (seeds/texts paths are relative to it), from source or from dist/. */
const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");
export const SEED_DATA_DIR = path.join(PROJECT_ROOT, "seeds", "data");

/**
 * Loads the seed data: reads and validates every file first (a bad record is reported with its
 * file and record, and nothing is written), then syncs all tables in one transaction. Idempotent:
 * a second run reports no changes and leaves every id as it was. Every row written is recorded in
 * the change log (src/history/) as actor SEED, in the same transaction; a run that changes
 * nothing records nothing. Rows partners maintain are never touched (loader/partner-rows.ts):
 * the seed rows that would touch them are counted as `skipped`.
 */
export async function loadSeeds(ds: DataSource, dir = SEED_DATA_DIR): Promise<SyncStats> {
  const files = readSeedFiles(dir);
  const { problems, states } = validateSeeds(files);
  if (problems.length) throw new SeedError(problems);
  const stats: SyncStats = { inserted: 0, updated: 0, deleted: 0, skipped: 0 };
  const changes = new ChangeSet();
  recordChangesInto(stats, changes);
  await ds.transaction(async (manager) => {
    await writeSeeds(manager, files, states, PROJECT_ROOT, stats);
    await recordChanges(manager, SEED_ACTOR, changes.list);
    if (stats.inserted + stats.updated + stats.deleted > 0) await rebuildSearchIndex(manager);
  });
  return stats;
}
