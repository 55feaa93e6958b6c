import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

describe("smoke", () => {
  it("answers a state query", async () => {
    const r = await hub.gql(`{ state(code: "gh") { id name alpha3 } states(first: 5) { totalCount nodes { name } edges { cursor } pageInfo { hasNextPage } } }`);
    console.log(JSON.stringify(r));
    expect(r.data.state.name).toBe("Ghana");
  });
});
