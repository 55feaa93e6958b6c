import type { EntityManager } from "typeorm";
import type { SeedFiles } from "./read-seed-files";
import type { StateSeedRow } from "./build-states";
import type { SyncStats } from "./sync";
import { createSeedWriter } from "./seed-writer";
import { writeGeo } from "./write-geo";
import { writeOrganisations } from "./write-organisations";
import { writePeople } from "./write-people";
import { writeNetworksAndMeetings } from "./write-networks-meetings";
import { writeTreaties } from "./write-treaties";
import { writeDocuments } from "./write-documents";
import { writeAtrocity } from "./write-atrocity";
import { writeProvenance } from "./write-provenance";
import { writeNames } from "./write-names";

/**
 * Writes validated seed data, in the order references need: each step syncs its tables (so a
 * second run changes nothing) and records the ids later steps refer to.
 */
export async function writeSeeds(m: EntityManager, files: SeedFiles, states: StateSeedRow[], projectRoot: string, stats: SyncStats): Promise<void> {
  const w = createSeedWriter(m, files, projectRoot, stats);
  await writeGeo(w, states);
  await writeOrganisations(w);
  await writeNames(w, states);
  await writePeople(w);
  await writeNetworksAndMeetings(w);
  await writeTreaties(w);
  await writeDocuments(w);
  await writeAtrocity(w);
  await writeProvenance(w);
}
