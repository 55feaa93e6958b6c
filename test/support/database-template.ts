import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseConfig } from "../../src/config";
import { createDataSource } from "../../src/db/data-source";
import { prepareDatabase } from "../../src/db/prepare-database";
import { testDialect } from "./test-databases";
import { createDatabase, databaseExists, dropDatabase, dropStaleTemplates, renameDatabase, uniqueDatabaseName, urlForDatabase, withServerLock } from "./postgres-databases";

/** A hash of everything that shapes a seeded database, so a stale template is never reused. */
function contentHash(): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(p).update(fs.readFileSync(p));
    }
  };
  for (const dir of ["seeds", "migrations", "entities", "src/search", "src/db", "src/history"]) walk(path.resolve(__dirname, "../..", dir));
  return hash.digest("hex").slice(0, 16);
}

function postgresConfig(name: string): DatabaseConfig {
  return { type: "postgres", url: urlForDatabase(name), poolSize: 4, statementTimeoutMs: 15_000 };
}

async function migrateAndSeed(database: DatabaseConfig, seed: boolean): Promise<void> {
  const ds = createDataSource(database);
  await ds.initialize();
  await prepareDatabase(ds, { migrate: true, seed });
  if (database.type === "sqlite") await ds.query("PRAGMA wal_checkpoint(TRUNCATE)");
  await ds.destroy();
}

/** A test database of its own: an empty one (just created) or a copy of the seeded template. */
export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * Seeding is exercised by its own tests and by the start-up test; every other test file gets a
 * copy of a template database built once per content hash (a file copy on SQLite, CREATE DATABASE
 * … TEMPLATE on PostgreSQL). Templates are built under a temporary name and renamed, so parallel
 * workers never see a half-built one; on PostgreSQL an advisory lock lets one worker build it.
 */
export async function testDatabase(options: { seeded: boolean }): Promise<TestDatabase> {
  const hash = contentHash();
  if (testDialect() === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-"));
    const file = path.join(dir, "test.sqlite");
    if (options.seeded) {
      const template = path.join(os.tmpdir(), `partner-graph-template-${hash}.sqlite`);
      if (!fs.existsSync(template)) {
        const building = `${template}.${process.pid}.${Date.now()}`;
        await migrateAndSeed({ type: "sqlite", path: building }, true);
        fs.renameSync(building, template);
      }
      fs.copyFileSync(template, file);
    }
    return { config: { type: "sqlite", path: file }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = uniqueDatabaseName("hub_test");
  if (options.seeded) {
    const template = `hub_tpl_${hash}`;
    await withServerLock("partner-graph-test-template", async () => {
      if (await databaseExists(template)) return;
      await dropStaleTemplates("hub_tpl_", template);
      const building = uniqueDatabaseName("hub_building");
      await createDatabase(building);
      try {
        await migrateAndSeed(postgresConfig(building), true);
        await renameDatabase(building, template);
      } finally {
        await dropDatabase(building);
      }
    });
    await createDatabase(name, template);
  } else {
    await createDatabase(name);
  }
  return { config: postgresConfig(name), drop: () => dropDatabase(name) };
}
