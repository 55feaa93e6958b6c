import { afterAll, beforeAll, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { post, globalId, rawCursor } from "./support/hostile";
let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });
it("timing", async () => {
  const cases: [string, unknown][] = [
    ["mutation", { query: "mutation { __typename }" }],
    ["subscription", { query: "subscription { __typename }" }],
    ["APQ mismatch", { query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }],
    ["APQ version 2", { query: "{ __typename }", extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } } }],
    ["search cursor 1e300", { query: `{ search(query: "focal", after: "${rawCursor('["search",1e300]')}") { totalCount } }` }],
    ["40,000 codes", { query: `query($v: [String!]) { states(filter: { codes: $v }) { totalCount } }`, variables: { v: Array.from({ length: 40000 }, (_, i) => `C${i}`) } }],
    ["NUL in filter", { query: `query($v: String!) { states(filter: { region: $v }) { totalCount } }`, variables: { v: "Africa\u0000" } }],
    ["id 2^31 in filter", { query: `{ meetings(filter: { host: "${globalId("State:2147483648")}" }) { totalCount } }` }],
    ["node id 2^31", { query: `{ node(id: "${globalId("State:2147483648")}") { id } }` }],
    ["cursor key 2^31", { query: `{ states(after: "${rawCursor('["NAME","A",2147483648]')}") { totalCount } }` }],
  ];
  for (const [name, body] of cases) {
    const ms: number[] = [];
    let status = 0, code = "";
    for (let i = 0; i < 7; i++) { const r = await post(hub.url, body); ms.push(r.ms); status = r.status; code = r.body.errors?.[0]?.extensions?.code ?? "data"; }
    ms.sort((a, b) => a - b);
    console.log(`TIMING ${process.env.HUB_TEST_DIALECT} | ${name} | ${status} ${code} | median ${ms[3].toFixed(1)} ms | max ${ms[6].toFixed(1)} ms`);
  }
}, 120000);
