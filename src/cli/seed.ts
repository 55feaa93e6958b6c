import "reflect-metadata";
import { loadConfig } from "../config";
import { createDataSource } from "../db/data-source";
import { loadSeeds } from "../../seeds/seed.loader";
import { migrate } from "../db/migrations";

/** `npm run seed`: loads the seed data into DATABASE_URL (or the embedded file). Safe to repeat. */
async function main(): Promise<void> {
  const ds = createDataSource(loadConfig().database);
  await ds.initialize();
  try {
    await migrate(ds);
    const stats = await loadSeeds(ds);
    console.log(`seed data: ${stats.inserted} inserted, ${stats.updated} updated, ${stats.deleted} deleted, ${stats.skipped} skipped (partner-maintained)`);
  } finally {
    await ds.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
