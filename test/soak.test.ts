import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NESTED_STATE_MEETINGS } from "../bench/soak-mix";
import { Soak, type BlockResult } from "../bench/soak-runner";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * A short soak (bench/soak.ts runs the long one): the partner request mix of bench/soak-mix.ts,
 * 3,000 requests to one server. A statement-tracking layer that piled up per query runner once made
 * latency climb with every statement and then failed every query with "Maximum call stack size
 * exceeded" after a few thousand requests; no test sent that many to one server.
 */
const BLOCK = 500;
const BLOCKS = 6; // the first warms up (JIT, pools); 3,000 requests in all
const CONCURRENCY = 6;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ config: { rateLimit: { enabled: false, points: 0, windowSeconds: 60 }, logLevel: "silent" } });
});
afterAll(async () => {
  await hub?.close();
});

describe("sustained traffic", () => {
  it("answers 3,000 mixed requests correctly, at a steady SQL cost and latency", { timeout: 120_000 }, async () => {
    const before = await hub.gql(NESTED_STATE_MEETINGS);
    const soak = await Soak.prepare(hub.url); // every case's spot check passes on the fresh hub
    const blocks: BlockResult[] = [];
    for (let i = 0; i < BLOCKS; i++) {
      blocks.push(await soak.runBlock(BLOCK, CONCURRENCY));
      if (blocks[i].failures.length) break; // report the first failing block, not thousands of failures
    }
    const after = await hub.gql(NESTED_STATE_MEETINGS);

    // No request failed, and each answer passed its spot check and equals that case's first answer
    // (data, errors and SQL statement count): bad inputs kept getting their coded error.
    expect(blocks.flatMap((b) => b.failures).slice(0, 5)).toEqual([]);
    expect(blocks).toHaveLength(BLOCKS);
    expect(hub.loggedErrors).toEqual([]);
    expect(before.status).toBe(200);
    expect(after.data).toEqual(before.data);
    expect(before.statements).toBeGreaterThan(0);
    expect(after.statements).toBe(before.statements);

    // Loose on purpose (a busy 2-core CI): the better of the last two blocks within twice the worse
    // of the first two measured. The stacking bug grew p50 about fivefold in 2,500 requests.
    const p50 = blocks.slice(1).map((b) => b.p50);
    expect(Math.min(...p50.slice(-2))).toBeLessThanOrEqual(2 * Math.max(...p50.slice(0, 2)));
  });
});
