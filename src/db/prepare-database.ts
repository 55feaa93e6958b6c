import type { DataSource } from "typeorm";
import { loadSeeds } from "../../seeds/seed.loader";
import { State } from "../../entities/state.entity";
import { migrate } from "./migrations";

/** Brings a database to the current schema and, when it holds no data yet, loads the seed data. */
export async function prepareDatabase(ds: DataSource, options: { migrate: boolean; seed: boolean }): Promise<{ migrated: number; seeded: boolean }> {
  const migrated = options.migrate ? (await migrate(ds)).length : 0;
  if (!options.seed) return { migrated, seeded: false };
  if ((await ds.getRepository(State).count()) > 0) return { migrated, seeded: false };
  await loadSeeds(ds);
  return { migrated, seeded: true };
}
