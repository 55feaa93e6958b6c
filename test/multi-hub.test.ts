import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { testDatabase, type TestDatabase } from "./support/database-template";
import { testDialect } from "./support/test-databases";
import { loadSeeds } from "../seeds/seed.loader";

let db: TestDatabase;
let a: TestHub;
let b: TestHub;
beforeAll(async () => {
  db = await testDatabase({ seeded: true });
  // Two hub servers, each with its own connection pool, on one database: what a load balancer sees.
  [a, b] = await Promise.all([startTestHub({ database: db }), startTestHub({ database: db })]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await db?.drop();
});

const QUERY = `{ network(slug: "r2p-focal-points") { id name memberships(asOf: "2021-05-11") { member { id name } } }
  treatyProposal(slug: "ljubljana-the-hague-convention") { signatoryCount partyCount } states(first: 100) { totalCount edges { cursor } } }`;

describe(`several hub processes on one ${testDialect()} database`, () => {
  it("answer identically, ids and cursors included", async () => {
    const [ra, rb] = await Promise.all([a.gql(QUERY), b.gql(QUERY)]);
    expect(ra.errors).toBeUndefined();
    expect(rb.data).toEqual(ra.data);
    expect(ra.data.treatyProposal).toEqual({ signatoryCount: 40, partyCount: 1 });
  });

  it("serve interleaved requests consistently under concurrency", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).gql(QUERY)));
    for (const r of results) expect(r.data).toEqual(results[0].data);
  });

  it("see a change written through one process on the next request to the other (no cross-request cache)", async () => {
    await a.ds.query(`UPDATE network SET name = 'Global Network of R2P Focal Points (renamed)' WHERE slug = 'r2p-focal-points'`);
    try {
      const rb = await b.gql(`{ network(slug: "r2p-focal-points") { name } }`);
      expect(rb.data.network.name).toBe("Global Network of R2P Focal Points (renamed)");
    } finally {
      // Re-syncing the seed data (what `npm run seed` does) restores it, seen by both.
      const stats = await loadSeeds(b.ds);
      expect(stats.updated).toBe(1);
    }
    const ra = await a.gql(`{ network(slug: "r2p-focal-points") { name } }`);
    expect(ra.data.network.name).toBe("Global Network of R2P Focal Points");
  });
});

describe.runIf(testDialect() === "postgres")("read replicas (DATABASE_REPLICA_URLS)", () => {
  it("serves reads through the replica connections and keeps writes on the primary", async () => {
    const { loadConfig } = await import("../src/config");
    const config = loadConfig({ DATABASE_URL: (db.config as { url: string }).url, DATABASE_REPLICA_URLS: (db.config as { url: string }).url });
    expect(config.database).toMatchObject({ type: "postgres", replicaUrls: [(db.config as { url: string }).url] });
    const { createDataSource } = await import("../src/db/data-source");
    const ds = createDataSource(config.database);
    await ds.initialize();
    try {
      expect(ds.driver.isReplicated).toBe(true);
      const runner = ds.createQueryRunner("slave");
      expect(runner.getReplicationMode()).toBe("slave");
      expect(Number((await runner.query("SELECT COUNT(*) AS n FROM state"))[0].n)).toBe(196);
      await runner.release();
    } finally {
      await ds.destroy();
    }
  });

  it("refuses replica URLs that are not PostgreSQL", async () => {
    const { loadConfig } = await import("../src/config");
    expect(() => loadConfig({ DATABASE_URL: "postgres://h/db", DATABASE_REPLICA_URLS: "sqlite:x" })).toThrow("DATABASE_REPLICA_URLS");
  });
});
