import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import type { SqlStats } from "../src/db/statement-counter";
import { requestDataSource } from "../src/db/request-data-source";
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
  const runner = requestDataSource(ds, stats).createQueryRunner();
  try {
    const pending = runner.query("SELECT 1 AS one");
    // Every tracking layer counts the statement as in flight, synchronously, before it runs.
    const inFlightWhileRunning = stats.inFlight ?? 0;
    const rows = await pending;
    return { stats, inFlightWhileRunning, rows };
  } finally {
    await runner.release();
  }
}

describe("statement tracking", () => {
  // better-sqlite3 hands out one shared query runner; wrapping it on every createQueryRunner()
  // piled up one layer per statement, until a few thousand requests later every query failed
  // with "Maximum call stack size exceeded". PostgreSQL hands out a new runner each time.
  it("tracks each statement exactly once, however many times the driver hands out its runners", async () => {
    const before = await oneStatement();
    const stats: SqlStats = { statements: 0 };
    for (let i = 0; i < 20_000; i++) requestDataSource(ds, stats).createQueryRunner();
    expect(stats.statements).toBe(0);
    const after = await oneStatement();
    for (const run of [before, after]) {
      expect(run.rows).toHaveLength(1);
      expect(run.inFlightWhileRunning).toBe(1);
      expect(run.stats.statements).toBe(1);
      expect(run.stats.inFlight).toBe(0); // answered, so whenSqlIdle waiters may run
    }
  });

  it("tells the request when its last statement is answered, on a runner handed out many times", async () => {
    const stats: SqlStats = { statements: 0 };
    const view = requestDataSource(ds, stats);
    for (let i = 0; i < 1_000; i++) view.createQueryRunner();
    const pending = Promise.all([view.query("SELECT 1"), view.query("SELECT 2"), view.query("SELECT 3")]);
    const inFlightWhileRunning = stats.inFlight;
    await pending;
    expect(inFlightWhileRunning).toBe(3);
    expect(stats.statements).toBe(3);
    expect(stats.inFlight).toBe(0);
  });

  it("counts a request's transaction whole: BEGIN, the statements run through its manager, COMMIT", async () => {
    const stats: SqlStats = { statements: 0, log: [] };
    await requestDataSource(ds, stats).transaction(async (manager) => {
      await manager.query("SELECT 1");
      await manager.query("SELECT 2");
    });
    // PostgreSQL's driver opens with START TRANSACTION, SQLite's with BEGIN TRANSACTION.
    const verbs = stats.log!.map((entry) => entry.query.split(" ")[0].toUpperCase());
    expect(verbs).toEqual([ds.options.type === "postgres" ? "START" : "BEGIN", "SELECT", "SELECT", "COMMIT"]);
    expect(stats.inFlight).toBe(0);
  });

  it("keeps two requests' counts apart when their statements interleave", async () => {
    const a: SqlStats = { statements: 0 };
    const b: SqlStats = { statements: 0 };
    const [viewA, viewB] = [requestDataSource(ds, a), requestDataSource(ds, b)];
    await Promise.all([viewA.query("SELECT 1"), viewB.query("SELECT 1"), viewA.query("SELECT 2"), viewB.query("SELECT 2"), viewA.query("SELECT 3")]);
    expect([a.statements, b.statements]).toEqual([3, 2]);
  });
});
