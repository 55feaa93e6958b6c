import "reflect-metadata";
import { afterAll, describe, expect, it } from "vitest";
import { createDataSource } from "../src/db/data-source";
import { testDatabase, type TestDatabase } from "./support/database-template";
import { testDialect } from "./support/test-databases";
import { migrate, undoLastMigration } from "../src/db/migrations";

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
      const applied = await migrate(ds);
      expect(applied.length).toBeGreaterThanOrEqual(2);
      // What TypeORM would still change to match the entities: nothing.
      expect((await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)).toEqual([]);
      // Every migration can be reverted, newest first, back to an empty database, and re-applied.
      for (let i = 0; i < applied.length; i++) await undoLastMigration(ds);
      const left = await ds.query(
        testDialect() === "sqlite"
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')"
          : "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'migrations'",
      );
      expect(left).toEqual([]);
      expect((await migrate(ds)).length).toBe(applied.length);
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it("keep every row of a seeded database when the newest migration is undone and re-applied", async () => {
    // SQLite rebuilds a table to change its keys; with foreign keys enforced, a careless rebuild
    // would cascade-delete the rows that point at it. This guards upgrades of live databases.
    const db = await testDatabase({ seeded: true });
    dbs.push(db);
    const ds = createDataSource(db.config);
    await ds.initialize();
    try {
      const counts = async () => {
        const out: Record<string, number> = {};
        for (const t of ["state", "organisation", "organisation_membership", "network_membership", "meeting_participation", "document", "treaty_action", "source_link", "search_entry"]) {
          out[t] = Number((await ds.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
        }
        return out;
      };
      const before = await counts();
      expect(before.organisation_membership).toBeGreaterThan(300);
      await undoLastMigration(ds);
      await migrate(ds);
      expect(await counts()).toEqual(before);
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
