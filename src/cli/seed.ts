import "reflect-metadata";
import { loadConfig } from "../config";
import { createDataSource } from "../db/data-source";
import { loadSeeds } from "../../seeds/seed.loader";

/** `npm run seed`: loads the seed data into DATABASE_URL (or the embedded file). Safe to repeat. */
async function main(): Promise<void> {
  const ds = createDataSource(loadConfig().database);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: "all" });
    const stats = await loadSeeds(ds);
    console.log(`seed data: ${stats.inserted} inserted, ${stats.updated} updated, ${stats.deleted} deleted`);
  } finally {
    await ds.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
