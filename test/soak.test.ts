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
const BLOCKS = 6; // the first warms up (JIT, pools) and is not compared; 3,000 requests in all
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
    const warmupStarted = Date.now();
    const blocks: BlockResult[] = [await soak.runBlock(BLOCK, CONCURRENCY)];
    // The measured blocks may take twice the warm-up block's time each, on average: a regression
    // then stops early and fails with its figures instead of crawling to the test timeout.
    const deadline = Date.now() + 2 * (BLOCKS - 1) * (Date.now() - warmupStarted);
    while (blocks.length < BLOCKS && Date.now() < deadline && !blocks.at(-1)!.failures.length) {
      blocks.push(await soak.runBlock(BLOCK, CONCURRENCY));
    }
    const after = await hub.gql(NESTED_STATE_MEETINGS);

    // No request failed, and each answer passed its spot check and equals that case's first answer
    // (data, errors and SQL statement count): bad inputs kept getting their coded error.
    expect(blocks.flatMap((b) => b.failures).slice(0, 5)).toEqual([]);
    expect(hub.loggedErrors).toEqual([]);
    expect(before.status).toBe(200);
    expect(after.data).toEqual(before.data);
    expect(before.statements).toBeGreaterThan(0);
    expect(after.statements).toBe(before.statements);

    // Latency: loose on purpose (a busy 2-core CI), so only slowness that lasts counts: the better of
    // the last two blocks' p50 must stay within twice the first measured block's (after the warm-up).
    expect(blocks.map((b) => Math.round(b.p50)), "p50 ms of each block sent in time").toHaveLength(BLOCKS);
    expect(Math.min(blocks[BLOCKS - 2].p50, blocks[BLOCKS - 1].p50)).toBeLessThanOrEqual(2 * blocks[1].p50);
  });
});
