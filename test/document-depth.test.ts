import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

/** Documents nested under documents: the statement count is fixed by the query's depth. */
let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const keys = (r: { data?: any }) => r.data.documents.nodes.map((d: { key: string }) => d.key);

describe("statement counts follow depth, not rows", () => {
  const deep = `query($first: Int) { documents(first: $first, filter: { from: "2014-07-01" }) { nodes { key
    authors { name } commitments { kind actors { name } } } } }`;

  it("documents → authors / commitments → actors costs the same for 2 and for 15 documents", async () => {
    const small = await hub.gql(deep, { first: 2 });
    const large = await hub.gql(deep, { first: 15 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    // the small page already holds both kinds of actor at both depths (BEL's statement names ARG and OSAPG)
    expect(keys(small)).toEqual(["r2p-sg-report-2014", "r2p-belgium-statement-iid-2014"]);
    expect(large.data.documents.nodes).toHaveLength(15);
    // documents; document actors + commitments; author states + author organisations + commitment actors;
    // commitment-actor states + organisations (ARG and OSAPG are named only on commitments)
    expect(small.statements).toBe(8);
    expect(large.statements).toBe(8);
  });
});
