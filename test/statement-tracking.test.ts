import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import { withSqlStats, type SqlStats } from "../src/db/statement-counter";
import { testDatabase, type TestDatabase } from "./support/database-template";

let db: TestDatabase;
let ds: DataSource;
beforeAll(async () => {
  db = await testDatabase({ seeded: false });
  ds = createDataSource(db.config);
  await ds.initialize();
});
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

/** Runs one statement as a request would, noting how many tracking layers saw it in flight. */
async function oneStatement(): Promise<{ stats: SqlStats; inFlightWhileRunning: number; rows: unknown[] }> {
  const stats: SqlStats = { statements: 0 };
  return withSqlStats(stats, async () => {
    const runner = ds.createQueryRunner();
    try {
      const pending = runner.query("SELECT 1 AS one");
      // Every tracking layer counts the statement as in flight, synchronously, before it runs.
      const inFlightWhileRunning = stats.inFlight ?? 0;
      const rows = await pending;
      return { stats, inFlightWhileRunning, rows };
    } finally {
      await runner.release();
    }
  });
}

describe("statement tracking", () => {
  // better-sqlite3 hands out one shared query runner; wrapping it on every createQueryRunner()
  // piled up one layer per statement, until a few thousand requests later every query failed
  // with "Maximum call stack size exceeded". PostgreSQL hands out a new runner each time.
  it("tracks each statement exactly once, however many times the driver hands out its runners", async () => {
    const before = await oneStatement();
    for (let i = 0; i < 20_000; i++) ds.createQueryRunner();
    const after = await oneStatement();
    for (const run of [before, after]) {
      expect(run.rows).toHaveLength(1);
      expect(run.inFlightWhileRunning).toBe(1);
      expect(run.stats.statements).toBe(1);
      expect(run.stats.inFlight).toBe(0); // answered, so whenSqlIdle waiters may run
    }
  });

  it("tells the request when its last statement is answered, on a runner handed out many times", async () => {
    for (let i = 0; i < 1_000; i++) ds.createQueryRunner();
    const stats: SqlStats = { statements: 0 };
    const inFlightWhileRunning = await withSqlStats(stats, async () => {
      const pending = Promise.all([ds.query("SELECT 1"), ds.query("SELECT 2"), ds.query("SELECT 3")]);
      const inFlight = stats.inFlight;
      await pending;
      return inFlight;
    });
    expect(inFlightWhileRunning).toBe(3);
    expect(stats.statements).toBe(3);
    expect(stats.inFlight).toBe(0);
  });
});
