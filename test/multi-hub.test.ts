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
