import "reflect-metadata";
import { loadConfig } from "../config";
import { createDataSource } from "../db/data-source";
import { migrate } from "../db/migrations";

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded file). */
async function main(): Promise<void> {
  const ds = createDataSource(loadConfig().database);
  await ds.initialize();
  try {
    const applied = await migrate(ds);
    console.log(applied.length ? `applied ${applied.map((m) => m.name).join(", ")}` : "the database is up to date");
  } finally {
    await ds.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
