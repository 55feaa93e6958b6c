import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { expectAlive, expectCoded, globalId, post, rawCursor, type Answer, type Expected } from "./support/hostile";

/**
 * Argument abuse, ids and cursors: global ids and cursor keys beyond the database's integer range,
 * and forged cursors on every connection (test/hostile-arguments.test.ts has the rest).
 * Each case pins the HTTP status, the code and the argument named. Refusals before execution
 * (the shared argument check) answer 400 and run no SQL; a resolver's refusal answers 200 with
 * `data` null for that field, as GraphQL does for field errors.
 */
let hub: TestHub;
const answers: Answer[] = [];

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

interface Case extends Expected {
  query: string;
  variables?: Record<string, unknown>;
}

async function run(name: string, c: Case): Promise<Answer> {
  const answer = await post(hub.url, { query: c.query, variables: c.variables });
  answers.push(answer);
  expectCoded(answer, c, name);
  return answer;
}

const FIELD = (argumentName: string): Expected => ({ status: 200, code: "BAD_USER_INPUT", argumentName });

describe("global ids beyond the database's integer range", () => {
  const big = globalId("State:2147483648");
  const huge = globalId("Meeting:9999999999");

  it("node(id:), nodes(ids:) and root lookups keep their contract: no match is null, not an error", async () => {
    const r = await post(hub.url, {
      query: `query($big: ID!, $huge: ID!) {
        a: node(id: $big) { id } b: node(id: $huge) { id } c: nodes(ids: [$big, $huge]) { id }
        e: document(id: $huge) { title } f: person(id: $huge) { name }
        g: citation(id: $huge) { url } h: organisation(id: $big) { name } i: treatyProposal(id: $big) { name }
        j: node(id: "${globalId("State:2147483647")}") { id }
      }`,
      variables: { big, huge },
    });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ a: null, b: null, c: [null, null], e: null, f: null, g: null, h: null, i: null, j: null });
  });

  it("meeting(id:) keeps its own contract: what this API never issued is BAD_USER_INPUT naming `id`", async () => {
    await run("meeting", { query: `query($v: ID!) { meeting(id: $v) { title } }`, variables: { v: huge }, ...FIELD("id") });
  });

  it("refuses them inside filters, naming the filter field", async () => {
    const cases: [string, string][] = [
      [`meetings(filter: { host: $v })`, "filter.host"],
      [`meetings(filter: { participant: $v })`, "filter.participant"],
      [`meetings(filter: { person: $v })`, "filter.person"],
      [`documents(filter: { author: $v })`, "filter.author"],
      [`documents(filter: { signatory: $v })`, "filter.signatory"],
      [`documents(filter: { meeting: $v })`, "filter.meeting"],
      [`networks(filter: { member: $v })`, "filter.member"],
      [`people(filter: { affiliation: $v })`, "filter.affiliation"],
      [`treatyProposals(filter: { proponent: $v })`, "filter.proponent"],
      [`treatyProposals(filter: { signatory: $v })`, "filter.signatory"],
      [`treatyProposals(filter: { party: $v })`, "filter.party"],
    ];
    for (const key of ["2147483648", "4294967296", "9999999999"]) {
      for (const [field, argumentName] of cases) {
        await run(`${key} ${field}`, { query: `query($v: ID!) { ${field} { totalCount } }`, variables: { v: globalId(`State:${key}`) }, ...FIELD(argumentName) });
      }
    }
  });

  it("refuses forged ids of every other shape in filters, and answers null for them in lookups", async () => {
    const forged = ["", "!!!", "x".repeat(5000), globalId("State:0"), globalId("State:-1"), globalId("State:01"), globalId("state:1"), globalId("__proto__:1"), globalId("State:1e3"), globalId("State: 1")];
    for (const id of forged) {
      await run(`filter ${id.slice(0, 20)}`, { query: `query($v: ID!) { meetings(filter: { host: $v }) { totalCount } }`, variables: { v: id }, ...FIELD("filter.host") });
      const r = await post(hub.url, { query: `query($v: ID!) { node(id: $v) { id } }`, variables: { v: id } });
      expect({ status: r.status, data: r.body.data, errors: r.body.errors }, id.slice(0, 20)).toEqual({ status: 200, data: { node: null }, errors: undefined });
    }
  });
});

describe("forged cursors", () => {
  const connections = ["states", "organisations", "networks", "meetings", "documents", "people", "treatyProposals"];
  const forged: [string, string][] = [
    ["key 2^31", rawCursor(`["NAME","A",2147483648]`)],
    ["key 1e300", rawCursor(`["NAME","A",1e300]`)],
    ["key -1", rawCursor(`["NAME","A",-1]`)],
    ["key 0", rawCursor(`["NAME","A",0]`)],
    ["key 1.5", rawCursor(`["NAME","A",1.5]`)],
    ["key as text", rawCursor(`["NAME","A","1"]`)],
    ["value 1e300", rawCursor(`["NAME",1e300,1]`)],
    ["value 2^31", rawCursor(`["NAME",2147483648,1]`)],
    ["value null", rawCursor(`["NAME",null,1]`)],
    ["value object", rawCursor(`["NAME",{"a":1},1]`)],
    ["value with NUL", rawCursor(`["NAME","A\\u0000",1]`)],
    ["value with a lone surrogate", rawCursor(`["NAME","\\ud800",1]`)],
    ["value of 2,000 characters", rawCursor(JSON.stringify(["NAME", "a".repeat(2000), 1]))],
    ["two items", rawCursor(`["NAME",1]`)],
    ["four items", rawCursor(`["NAME","A",1,1]`)],
    ["an object", rawCursor(`{"order":"NAME","value":"A","pk":1}`)],
    ["not JSON", rawCursor(`NAME:A:1`)],
    ["not base64", "%%%"],
    ["empty", ""],
    ["a search cursor", rawCursor(`["search",3]`)],
    ["10 KB", "A".repeat(10_000)],
  ];

  it(`refuses ${forged.length} forged cursors as \`after\` and \`before\` on every connection`, async () => {
    for (const connection of connections) {
      for (const [what, cursor] of forged) {
        await run(`${connection} after ${what}`, { query: `query($c: String!) { ${connection}(after: $c) { totalCount } }`, variables: { c: cursor }, ...FIELD("after") });
      }
      await run(`${connection} before`, { query: `query($c: String!) { ${connection}(last: 1, before: $c) { totalCount } }`, variables: { c: forged[1][1] }, ...FIELD("before") });
    }
  });

  it("refuses a search cursor holding 1e300 or any other offset it never issued", async () => {
    const offsets = ["1e300", "-1", "1.5", "2147483647", "9007199254740993", `"1"`, "null", "[]", "true"];
    for (const offset of offsets) {
      await run(`search ${offset}`, {
        query: `query($c: String!) { search(query: "focal", after: $c) { totalCount } }`,
        variables: { c: rawCursor(`["search",${offset}]`) },
        ...FIELD("after"),
      });
    }
    for (const [what, cursor] of forged.filter(([what]) => what !== "a search cursor")) {
      await run(`search ${what}`, { query: `query($c: String!) { search(query: "focal", after: $c) { totalCount } }`, variables: { c: cursor }, ...FIELD("after") });
    }
  });

  it("still pages with the cursors it issues", async () => {
    const first = await hub.gql(`{ states(first: 2) { pageInfo { endCursor } } search(query: "focal", first: 2) { pageInfo { endCursor } } }`);
    const next = await hub.gql(`query($a: String!, $b: String!) { states(first: 2, after: $a) { nodes { name } } search(query: "focal", first: 2, after: $b) { nodes { score } } }`, {
      a: first.data.states.pageInfo.endCursor,
      b: first.data.search.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
    expect(next.data.states.nodes).toHaveLength(2);
    expect(next.data.search.nodes).toHaveLength(2);
  });
});

describe("after the battery", () => {
  it("answers a trivial query, and no answer held SQL or a stack", async () => {
    await expectAlive(hub);
    expect(answers.length).toBeGreaterThan(100);
    for (const a of answers) expect(a.text).not.toMatch(/SELECT|INSERT|at .*\.(ts|js):\d+/);
  });
});
