import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { testDialect } from "./support/test-databases";
import { testDatabase, type TestDatabase } from "./support/database-template";

// PostgreSQL cancels a statement past statement_timeout (SQLSTATE 57014): the client gets
// REQUEST_TIMEOUT for that field, never INTERNAL_SERVER_ERROR, and the server's text never leaks.
describe.runIf(testDialect() === "postgres")("a statement past DATABASE_STATEMENT_TIMEOUT_MS", () => {
  let hub: TestHub;
  let db: TestDatabase;
  beforeAll(async () => {
    db = await testDatabase({ seeded: true });
    // 5 ms: far too little for ranked full-text search. The database is already migrated and
    // seeded, so the hub skips the start-up migration check (on a loaded 2-core CI machine even
    // that check can pass 5 ms).
    const config = { ...db.config, statementTimeoutMs: 5 } as TestDatabase["config"];
    hub = await startTestHub({ database: { ...db, config }, seed: false, migrate: false });
  });
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  it("answers REQUEST_TIMEOUT for the field, with no driver text", async () => {
    // Full-text ranking and snippets over every document take well over 1 ms.
    const r = await hub.gql(`{ search(query: "responsibility protect genocide prevention", first: 50) { nodes { snippet } } }`);
    expect(r.errors?.[0].extensions?.code).toBe("REQUEST_TIMEOUT");
    expect(JSON.stringify(r)).not.toMatch(/statement timeout|canceling|SELECT/i);
  });
});
