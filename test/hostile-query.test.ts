import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ABUSE_CASES as cases } from "../bench/abuse-cases";
import { startTestHub, type TestHub } from "./support/test-server";

// Query-shape abuse: every case is refused with QUERY_TOO_COMPLEX naming the limit, its maximum and
// the measured value, before any SQL runs, well under a second, and the server answers right after.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ config: { rateLimit: { enabled: false, points: 0, windowSeconds: 60 } } });
});
afterAll(async () => {
  await hub?.close();
});

async function post(query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body: any = await res.json();
  return { status: res.status, body, ms: performance.now() - started };
}

describe("query abuse is refused before it runs", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const r = await post(c.query, c.variables);
      expect(r.status).toBe(400);
      const error = r.body.errors[0];
      expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: c.limit });
      expect(error.extensions.value).toBeGreaterThan(error.extensions.maximum);
      expect(r.body.data).toBeUndefined();
      expect(r.body.extensions?.sql?.statements ?? 0).toBe(0);
      expect(r.ms).toBeLessThan(1_000);
      expect(JSON.stringify(r.body)).not.toMatch(/SELECT|at .*\.(ts|js):\d+/);
      const after = await hub.gql(`{ state(code: "GH") { name } }`);
      expect(after.data.state.name).toBe("Ghana");
    });
  }
});

describe("the price of an operation", () => {
  it("reports extensions.cost on every answer: points, objects, limit", async () => {
    const r = await hub.gql(`{ networks(first: 5) { nodes { memberships { member { name } } } } }`);
    expect(r.errors).toBeUndefined();
    // Network.memberships holds at most 15 (src/limits/list-fanout.ts):
    // points 1 + 5 × (memberships 1 + 15 × member 1) = 81; objects 1 + 5 × (1 + 15 × (1 + 1)) = 156.
    expect((r as any).extensions.cost).toMatchObject({ requested: 81, nodes: 156, limit: 10_000 });
  });

  it("counts connections by first/last or the default page, and value objects as free", async () => {
    const a = await hub.gql(`{ meetings { nodes { title start { text } } } }`);
    const b = await hub.gql(`{ states(last: 3) { totalCount nodes { name } } }`);
    expect((a as any).extensions.cost.requested).toBe(1);
    expect((a as any).extensions.cost.nodes).toBe(1 + 20 * 2);
    expect((b as any).extensions.cost.requested).toBe(2);
  });

  it("lets a partner's realistic nested query through", async () => {
    const r = await hub.gql(`{ networks(first: 5) { nodes { name memberships { member { name } start { text } } leadership { role holders { actor { name } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect((r as any).extensions.cost.requested).toBeLessThan(10_000);
  });
});
