import "reflect-metadata";
import { loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { prepareDatabase } from "./db/prepare-database";
import { waitForDatabase } from "./db/wait-for-database";
import { createLogger } from "./observability/logger";
import { createHubServer } from "./server";

/** `npm start`: open the database, migrate and seed it if needed, serve the graph. */
async function main(): Promise<void> {
  const config = loadConfig();
  // One logger for start-up, requests and shutdown, so every line has the same shape.
  const logger = createLogger(config.logLevel);
  const log = (message: string) => logger.warn(message);
  const ds = await waitForDatabase(createDataSource(config.database), { startupWaitMs: config.database.startupWaitMs ?? 0, log });
  const { migrated, seeded } = await prepareDatabase(ds, { migrate: config.migrateOnStart, seed: config.seedOnStart });
  const where = config.database.type === "sqlite" ? `SQLite file ${config.database.path}` : "PostgreSQL";
  logger.info(`database: ${where}; ${migrated} migration(s) applied; ${seeded ? "seed data loaded" : "existing data kept"}`);
  const server = await createHubServer(ds, config, { logger });
  const port = await server.listen(config.port, config.host);
  logger.info(`partner graph ready at http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql`);

  const shutdown = async (signal: string) => {
    logger.info(`${signal}: draining requests and closing the database`);
    await server.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  // Configuration and start-up failures: one plain line on stderr, whatever the log level.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
