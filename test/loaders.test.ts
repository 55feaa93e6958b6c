import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/db/data-source";
import type { SqlStats } from "../src/db/statement-counter";
import { requestDataSource } from "../src/db/request-data-source";
import { LoaderRegistry } from "../src/loaders/loader-registry";
import { stateByPk, loadActor } from "../src/loaders/actor.loaders";
import { regionalGroupMembershipsByState } from "../src/loaders/regional-group.loaders";
import { sourcesBySubject } from "../src/loaders/subject.loaders";
import { testDatabase, type TestDatabase } from "./support/database-template";
import type { Context } from "../src/context";

let db: TestDatabase;
let ds: DataSource;
beforeAll(async () => {
  db = await testDatabase({ seeded: true });
  ds = createDataSource(db.config);
  await ds.initialize();
});
afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

/** Runs `fn` as one request would: fresh loaders, and every statement recorded with its parameters. */
async function asRequest<T>(fn: (loaders: LoaderRegistry) => Promise<T>): Promise<{ result: T; log: NonNullable<SqlStats["log"]> }> {
  const stats: SqlStats = { statements: 0, log: [] };
  const result = await fn(new LoaderRegistry(requestDataSource(ds, stats), stats));
  return { result, log: stats.log! };
}

const pks = async (codes: string[]) => (await ds.query(`SELECT id FROM state WHERE alpha3 IN (${codes.map((c) => `'${c}'`).join(",")}) ORDER BY alpha3`)).map((r: { id: number }) => r.id);

describe("request loaders", () => {
  it("batch every key asked for in one tick into one statement, answer in key order, null for a missing key", async () => {
    const [bel, gha] = await pks(["BEL", "GHA"]);
    const { result, log } = await asRequest((l) => Promise.all([gha, 999_999, bel, gha].map((pk) => l.get(stateByPk).load(pk))));
    expect(result.map((s) => s?.alpha3 ?? null)).toEqual(["GHA", null, "BEL", "GHA"]);
    expect(log).toHaveLength(1);
    expect(log[0].query).toMatch(/IN \(/);
    expect([...log[0].parameters!].sort()).toEqual([gha, 999_999, bel].sort()); // each key once
  });

  it("cache within a request, never across requests", async () => {
    const [gha] = await pks(["GHA"]);
    const first = await asRequest(async (l) => {
      await l.get(stateByPk).load(gha);
      return l.get(stateByPk).load(gha);
    });
    expect(first.log).toHaveLength(1);
    const second = await asRequest((l) => l.get(stateByPk).load(gha));
    expect(second.log).toHaveLength(1);
  });

  it("share a statement between keys with equal arguments, and split by distinct arguments", async () => {
    const [isr, tur, usa] = await pks(["ISR", "TUR", "USA"]);
    const { result, log } = await asRequest((l) =>
      Promise.all([
        l.get(regionalGroupMembershipsByState).load({ id: tur, args: { asOf: undefined } }),
        l.get(regionalGroupMembershipsByState).load({ id: usa, args: { asOf: undefined } }),
        l.get(regionalGroupMembershipsByState).load({ id: isr, args: { asOf: "1999-01-01" } }),
      ]),
    );
    expect(result.map((rows) => rows.length)).toEqual([2, 1, 0]); // Türkiye in two groups; Israel joined WEOG in 2000
    expect(log).toHaveLength(2);
  });

  it("group rows of several subject types into one statement", async () => {
    const [gha] = await pks(["GHA"]);
    const network = (await ds.query(`SELECT id FROM network WHERE slug = 'r2p-focal-points'`))[0].id;
    const { result, log } = await asRequest((l) =>
      Promise.all([l.get(sourcesBySubject).load({ type: "State", pk: gha }), l.get(sourcesBySubject).load({ type: "Network", pk: network })]),
    );
    expect(result[0].length).toBeGreaterThan(0);
    expect(result[1].length).toBeGreaterThan(0);
    expect(log).toHaveLength(1);
  });

  it("resolve a level of mixed actors together, so the next level's loads form one batch", async () => {
    const { result, log } = await asRequest(async (l) => {
      const ctx = { ds, loaders: l } as unknown as Context;
      const rows = await ds.query(`SELECT state_id, organisation_id FROM meeting_participation ORDER BY id`);
      const refs = rows.map((r: any) => ({ stateId: r.state_id, organisationId: r.organisation_id }));
      const actors = await Promise.all(refs.map((ref: any) => loadActor(ctx, ref)));
      return actors;
    });
    expect(result.every(Boolean)).toBe(true);
    expect(new Set(result.map((a) => a!.constructor.name))).toEqual(new Set(["State", "Organisation"]));
    // One statement per actor table (the raw SELECT ran outside the request): never one per participation.
    expect(log).toHaveLength(2);
  });
});
