import "reflect-metadata";
import { loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { prepareDatabase } from "./db/prepare-database";
import { waitForDatabase } from "./db/wait-for-database";
import { createHubServer } from "./server";

/** `npm start`: open the database, migrate and seed it if needed, serve the graph. */
async function main(): Promise<void> {
  const config = loadConfig();
  const ds = await waitForDatabase(createDataSource(config.database), { startupWaitMs: config.database.startupWaitMs ?? 0 });
  const { migrated, seeded } = await prepareDatabase(ds, { migrate: config.migrateOnStart, seed: config.seedOnStart });
  const where = config.database.type === "sqlite" ? `SQLite file ${config.database.path}` : "PostgreSQL";
  console.log(`database: ${where}; ${migrated} migration(s) applied; ${seeded ? "seed data loaded" : "existing data kept"}`);
  const server = await createHubServer(ds, config);
  const port = await server.listen(config.port, config.host);
  console.log(`partner graph ready at http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: draining requests and closing the database`);
    await server.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
