import "reflect-metadata";
import { afterAll, describe, expect, it } from "vitest";
import { createDataSource } from "../src/db/data-source";
import { testDatabase, type TestDatabase } from "./support/database-template";
import { testDialect } from "./support/test-databases";

const dbs: TestDatabase[] = [];
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

describe(`migrations (${testDialect()})`, () => {
  it("produce exactly the schema the entities describe, and undo cleanly", async () => {
    const db = await testDatabase({ seeded: false });
    dbs.push(db);
    const ds = createDataSource(db.config);
    await ds.initialize();
    try {
      const applied = await ds.runMigrations({ transaction: "all" });
      expect(applied.length).toBeGreaterThanOrEqual(2);
      // What TypeORM would still change to match the entities: nothing.
      expect((await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)).toEqual([]);
      // Every migration can be reverted, newest first, back to an empty database, and re-applied.
      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration({ transaction: "all" });
      const left = await ds.query(
        testDialect() === "sqlite"
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')"
          : "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'migrations'",
      );
      expect(left).toEqual([]);
      expect((await ds.runMigrations({ transaction: "all" })).length).toBe(applied.length);
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it("are not run by the server when MIGRATE_ON_START=false", async () => {
    const { loadConfig } = await import("../src/config");
    expect(loadConfig({ MIGRATE_ON_START: "false" }).migrateOnStart).toBe(false);
    expect(loadConfig({}).migrateOnStart).toBe(true);
  });
});
