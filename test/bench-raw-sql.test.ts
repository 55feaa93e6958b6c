import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SHAPE, shapeData } from "../bench/load/shape-data";
import { CHECK_ONLY_QUERIES, LOAD_QUERIES, partnerNestedOperation, type PartnerVariables } from "../bench/load/partner-query";
import { postgresPartnerNested } from "../bench/load/raw-sql.postgres";
import { sqlitePartnerNested } from "../bench/load/raw-sql.sqlite";
import { firstDifference } from "../bench/load/same-answer";
import { loadConfig } from "../src/config";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * The load benchmark's raw-SQL endpoint (bench/load/raw-sql.*.ts) is only a limit if it answers
 * what the hub answers: same `data`, field order, nulls, page info and cursors. `npm run
 * bench:load` checks that before timing; this keeps the check in `npm test` while the hub
 * changes, on a smaller copy of the benchmark's data shape.
 */
let hub: TestHub;
let raw: { run: (v: PartnerVariables) => string | Promise<string>; close: () => unknown };
const defaults = loadConfig({});

beforeAll(async () => {
  hub = await startTestHub({ config: { limits: { ...defaults.limits, maxCost: 1e9, maxResultNodes: 1e9 } } });
  await shapeData(hub.ds, { ...DEFAULT_SHAPE, meetings: 3_000 });
  const db = hub.database.config;
  raw = db.type === "sqlite" ? sqlitePartnerNested(db.path) : postgresPartnerNested(db.url, 2);
});
afterAll(async () => {
  await raw?.close();
  await hub?.close();
});

const EDGE_CASES: { name: string; variables: PartnerVariables }[] = [
  { name: "empty pages", variables: { networks: 3, members: 0, meetings: 0, participants: 0 } },
  { name: "one of each", variables: { networks: 1, members: 1, meetings: 1, participants: 1 } },
  { name: "no networks", variables: { networks: 0, members: 10, meetings: 3, participants: 10 } },
];

describe("the raw-SQL endpoint of bench:load", () => {
  it.each([...LOAD_QUERIES, ...CHECK_ONLY_QUERIES, ...EDGE_CASES])("answers $name exactly as the hub does", async ({ variables }) => {
    const res = await hub.gql(partnerNestedOperation(), { ...variables });
    expect(res.errors).toBeUndefined();
    const rawData = JSON.parse(await raw.run(variables));
    expect(firstDifference(res.data, rawData)).toBeNull();
  });

  it("grows the data to the benchmark's shape", async () => {
    const [{ n }] = await hub.ds.query("SELECT COUNT(*) AS n FROM network_membership");
    expect(Number(n)).toBe(400);
    const [{ m }] = await hub.ds.query("SELECT COUNT(*) AS m FROM meeting");
    expect(Number(m)).toBe(3_000);
    const first = await hub.ds.query("SELECT key, title, start_earliest FROM meeting WHERE key = 'bench-meeting-00001'");
    expect(first).toEqual([{ key: "bench-meeting-00001", title: expect.stringContaining("(no. 1)"), start_earliest: expect.stringMatching(/^20[0-2]\d-\d\d-\d\d$/) }]);
  });
});
