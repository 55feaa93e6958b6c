import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { expectAlive, expectCoded, post, type Answer, type Expected } from "./support/hostile";

/**
 * Variables abuse: wrong types, nulls for non-null, missing and undeclared variables, prototype
 * keys, deep nesting, out-of-range numbers, enum and Date misuse, and the `variables` member
 * itself malformed. graphql-js refuses a variable that does not coerce before anything runs
 * (HTTP 400, BAD_USER_INPUT, the message naming the variable; a refused Date also names the
 * argument it reaches); values that coerce but are unfit for the database get the argument
 * check's BAD_USER_INPUT naming the argument they reach.
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
  /** The `variables` member as sent: an object, or anything else for malformed requests. */
  variables?: unknown;
  /** The `variables` member as JSON text, for values too deep for this side's JSON.stringify. */
  variablesJson?: string;
  operationName?: unknown;
}

async function run(name: string, c: Case): Promise<Answer> {
  const body = c.variablesJson
    ? `{"query": ${JSON.stringify(c.query)}, "variables": ${c.variablesJson}}`
    : { query: c.query, variables: c.variables, operationName: c.operationName };
  const answer = await post(hub.url, body);
  answers.push(answer);
  expectCoded(answer, c, name);
  return answer;
}

const COERCION: Expected = { status: 400, code: "BAD_USER_INPUT" };
const VALIDATION: Expected = { status: 400, code: "GRAPHQL_VALIDATION_FAILED" };
const BAD_REQUEST: Expected = { status: 400, code: "BAD_REQUEST" };
const ARG = (argumentName: string): Expected => ({ status: 400, code: "BAD_USER_INPUT", argumentName });

const STATE = `query($c: String!) { state(code: $c) { name } }`;
const STATES = `query($f: StateFilter) { states(filter: $f) { totalCount } }`;
const FIRST = `query($n: Int) { states(first: $n) { totalCount } }`;
const CODES = `query($v: [String!]) { states(filter: { codes: $v }) { totalCount } }`;
const KINDS = `query($k: [DocumentKind!]) { documents(filter: { kinds: $k }) { totalCount } }`;
const AS_OF = `query($d: Date) { regionalGroups { members(asOf: $d) { role } } }`;
const IDS = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;

/** JSON text nested `depth` lists or objects deep around `inner`. */
const nestedLists = (depth: number, inner: string) => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;
const nestedObjects = (depth: number, key = "a") => `${`{"${key}": `.repeat(depth)}"x"${"}".repeat(depth)}`;

const CASES: [string, Case][] = [
  // wrong types
  ["Int given as text", { query: FIRST, variables: { n: "10" }, ...COERCION }],
  ["Int given as a boolean", { query: FIRST, variables: { n: true }, ...COERCION }],
  ["Int given as an object", { query: FIRST, variables: { n: { valueOf: 5 } }, ...COERCION }],
  ["Int given as a list", { query: FIRST, variables: { n: [5] }, ...COERCION }],
  ["Int 2^31", { query: FIRST, variables: { n: 2147483648 }, ...COERCION }],
  ["Int -2^31-1", { query: FIRST, variables: { n: -2147483649 }, ...COERCION }],
  ["Int 1e300", { query: FIRST, variables: { n: 1e300 }, ...COERCION }],
  ["Int 1.5", { query: FIRST, variables: { n: 1.5 }, ...COERCION }],
  ["Int -1 (coerces; the page size check names it)", { query: FIRST, variables: { n: -1 }, status: 200, code: "BAD_USER_INPUT", argumentName: "first" }],
  ["String given as a number", { query: STATE, variables: { c: 5 }, ...COERCION }],
  ["String given as a boolean", { query: STATE, variables: { c: false }, ...COERCION }],
  ["String given as an object", { query: STATE, variables: { c: { toString: "GH" } }, ...COERCION }],
  ["String given as a list", { query: STATE, variables: { c: ["GH"] }, ...COERCION }],
  ["input object given as text", { query: STATES, variables: { f: "{\"name\":\"x\"}" }, ...COERCION }],
  ["input object given as a list", { query: STATES, variables: { f: [{ name: "x" }] }, ...COERCION }],
  ["input object field of the wrong type", { query: STATES, variables: { f: { name: 5 } }, ...COERCION }],
  ["list item of the wrong type", { query: CODES, variables: { v: ["GH", 5] }, ...COERCION }],
  ["null inside a list of non-null", { query: CODES, variables: { v: ["GH", null] }, ...COERCION }],
  ["ID given as a boolean", { query: IDS, variables: { ids: [true] }, ...COERCION }],
  ["ID given as a float", { query: IDS, variables: { ids: [1.5] }, ...COERCION }],
  // null, missing, undeclared
  ["null for a non-null variable", { query: STATE, variables: { c: null }, ...COERCION }],
  ["a required variable missing", { query: STATE, variables: {}, ...COERCION }],
  ["no variables at all for a required one", { query: STATE, ...COERCION }],
  ["a variable used but not declared", { query: `{ state(code: $c) { name } }`, variables: { c: "GH" }, ...VALIDATION }],
  ["a variable declared but not used", { query: `query($c: String) { states { totalCount } }`, variables: { c: "GH" }, ...VALIDATION }],
  ["a variable declared twice", { query: `query($c: String!, $c: String!) { state(code: $c) { name } }`, variables: { c: "GH" }, ...VALIDATION }],
  ["a variable of an unknown type", { query: `query($c: Strin!) { state(code: $c) { name } }`, variables: { c: "GH" }, ...VALIDATION }],
  ["a variable of an output type", { query: `query($c: State) { states { totalCount } }`, variables: {}, ...VALIDATION }],
  ["a variable whose type does not fit its position", { query: `query($c: Int!) { state(code: $c) { name } }`, variables: { c: 1 }, ...VALIDATION }],
  ["a nullable variable in a non-null position", { query: `query($c: String) { state(code: $c) { name } }`, variables: { c: "GH" }, ...VALIDATION }],
  ["a default value of the wrong type", { query: `query($c: String = 5) { state(code: $c) { name } }`, ...VALIDATION }],
  // prototype keys
  ["__proto__ key in an input object", { query: STATES, variables: { f: JSON.parse(`{"__proto__": {"name": "x"}}`) }, ...COERCION }],
  ["constructor key in an input object", { query: STATES, variables: { f: { constructor: { prototype: { polluted: 1 } } } }, ...COERCION }],
  ["prototype key in an input object", { query: STATES, variables: { f: { prototype: "x" } }, ...COERCION }],
  ["toString key in an input object", { query: STATES, variables: { f: { toString: "x" } }, ...COERCION }],
  ["hasOwnProperty key in an input object", { query: STATES, variables: { f: { hasOwnProperty: "x" } }, ...COERCION }],
  // enums and Dates (a Date the scalar refuses is named after the argument it reaches)
  ["enum value unknown", { query: KINDS, variables: { k: ["NOT_A_KIND"] }, ...COERCION }],
  ["enum value in lower case", { query: KINDS, variables: { k: ["communique"] }, ...COERCION }],
  ["enum value as a number", { query: KINDS, variables: { k: [1] }, ...COERCION }],
  ["enum value with NUL", { query: KINDS, variables: { k: ["COMMUNIQUE\u0000"] }, ...COERCION }],
  ["Date 2021-02-30", { query: AS_OF, variables: { d: "2021-02-30" }, ...ARG("asOf") }],
  ["Date 99999-01-01", { query: AS_OF, variables: { d: "99999-01-01" }, ...ARG("asOf") }],
  ["Date as a number", { query: AS_OF, variables: { d: 20210101 }, ...ARG("asOf") }],
  ["Date as an epoch", { query: AS_OF, variables: { d: 1612137600000 }, ...ARG("asOf") }],
  ["Date with a time", { query: AS_OF, variables: { d: "2021-02-01T00:00:00Z" }, ...ARG("asOf") }],
  ["Date empty", { query: AS_OF, variables: { d: "" }, ...ARG("asOf") }],
  ["Date as an object", { query: AS_OF, variables: { d: { year: 2021 } }, ...ARG("asOf") }],
  ["Date 2021-13-01", { query: AS_OF, variables: { d: "2021-13-01" }, ...ARG("asOf") }],
  ["Date -001-01-01", { query: AS_OF, variables: { d: "-001-01-01" }, ...ARG("asOf") }],
  // deep nesting
  ["a String nested 100,000 lists deep", { query: STATE, variablesJson: `{"c": ${nestedLists(100_000, `"GH"`)}}`, ...COERCION }],
  ["a list nested 100,000 deep", { query: CODES, variablesJson: `{"v": ${nestedLists(100_000, `"GH"`)}}`, ...COERCION }],
  ["an input object nested 100,000 objects deep", { query: STATES, variablesJson: `{"f": ${nestedObjects(100_000)}}`, ...COERCION }],
  ["a filter field nested 50,000 objects deep", { query: STATES, variablesJson: `{"f": {"name": ${nestedObjects(50_000, "name")}}}`, ...COERCION }],
  // values that coerce but no database can take: the argument they reach is named
  ["NUL in a variable reaching filter.codes", { query: CODES, variables: { v: ["GH", "F\u0000R"] }, ...ARG("filter.codes") }],
  ["NUL in an input object variable", { query: STATES, variables: { f: { region: "Africa\u0000" } }, ...ARG("filter.region") }],
  ["a lone surrogate in a variable", { query: STATE, variables: { c: "\udfff" }, ...ARG("code") }],
  ["a single value where a list is expected, with NUL", { query: CODES, variables: { v: "\u0000" }, ...ARG("filter.codes") }],
  ["40,000 ids in a variable", { query: IDS, variables: { ids: Array.from({ length: 40_000 }, (_, i) => `id${i}`) }, ...ARG("ids") }],
  ["101 codes in an input object variable", { query: STATES, variables: { f: { codes: Array.from({ length: 101 }, () => "GH") } }, ...ARG("filter.codes") }],
  ["a 20,000-character variable", { query: STATE, variables: { c: "x".repeat(20_000) }, ...ARG("code") }],
  ["a NUL in a @include condition's sibling", { query: `query($c: String!, $i: Boolean!) { state(code: $c) @include(if: $i) { name } }`, variables: { c: "\u0000", i: true }, ...ARG("code") }],
  // the variables member itself
  ["variables as a JSON string", { query: STATE, variables: "{\"c\":\"GH\"}", ...BAD_REQUEST }],
  ["variables as a list", { query: STATE, variables: [{ c: "GH" }], ...BAD_REQUEST }],
  ["variables as a number", { query: STATE, variables: 5, ...BAD_REQUEST }],
  ["variables as true", { query: STATE, variables: true, ...BAD_REQUEST }],
  // operation selection
  ["operationName that matches nothing", { query: `query A { __typename }`, operationName: "B", status: 400, code: "OPERATION_RESOLUTION_FAILURE" }],
  ["several operations and no operationName", { query: `query A { __typename } query B { __typename }`, status: 400, code: "OPERATION_RESOLUTION_FAILURE" }],
  ["operationName as a number", { query: `query A { __typename }`, operationName: 5, ...BAD_REQUEST }],
  ["operationName as an object", { query: `query A { __typename }`, operationName: { name: "A" }, ...BAD_REQUEST }],
  ["an operation named twice", { query: `query A { __typename } query A { __typename }`, operationName: "A", ...VALIDATION }],
  ["a variable of another operation", { query: `query A($c: String!) { state(code: $c) { name } } query B { state(code: $c) { name } }`, operationName: "B", variables: { c: "GH" }, ...VALIDATION }],
];

describe("variables abuse: each case pins its status and code", () => {
  for (const [name, c] of CASES) {
    it(name, async () => {
      await run(name, c);
    });
  }
});

describe("variables that are harmless are accepted", () => {
  it("ignores variables nobody declared, even thousands, even __proto__", async () => {
    const variables: Record<string, unknown> = JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}`);
    for (let i = 0; i < 5_000; i += 1) variables[`v${i}`] = i;
    const r = await post(hub.url, { query: `{ state(code: "GH") { name } }`, variables });
    expect({ status: r.status, data: r.body.data, errors: r.body.errors }).toEqual({ status: 200, data: { state: { name: "Ghana" } }, errors: undefined });
  });

  it("ignores an undeclared variable nested 100,000 lists deep", async () => {
    const r = await post(hub.url, `{"query": "{ __typename }", "variables": {"x": ${nestedLists(100_000, "1")}}}`);
    expect({ status: r.status, data: r.body.data }).toEqual({ status: 200, data: { __typename: "Query" } });
  });

  it("takes a variable named like a prototype key and pollutes nothing", async () => {
    const r = await post(hub.url, {
      query: `query($__proto__: StateFilter, $constructor: String!) { states(filter: $__proto__) { totalCount } state(code: $constructor) { name } }`,
      variables: JSON.parse(`{"__proto__": {"codes": ["GH"]}, "constructor": "GH"}`),
    });
    expect(r.status, r.text).toBeLessThan(500);
    expect(r.text).not.toMatch(/Internal server error/);
    // The hub runs in this process: a polluted prototype would show here.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).codes).toBeUndefined();
  });

  it("coerces a single value into a one-item list, and takes null for nullable variables", async () => {
    const r = await post(hub.url, { query: `query($v: [String!], $f: StateFilter, $d: Date) { a: states(filter: { codes: $v }) { totalCount } b: states(filter: $f) { totalCount } c: regionalGroups { members(asOf: $d) { role } } }`, variables: { v: "GH", f: null, d: null } });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.a.totalCount).toBe(1);
  });

  it("takes enum values as strings, as GraphQL over JSON must", async () => {
    const r = await post(hub.url, { query: KINDS, variables: { k: ["COMMUNIQUE", "COMMUNIQUE"] } });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });
});

describe("after the battery", () => {
  it("answers a trivial query, and no answer held SQL or a stack", async () => {
    await expectAlive(hub);
    expect(answers.length).toBe(CASES.length);
    for (const a of answers) expect(a.text).not.toMatch(/SELECT|INSERT|at .*\.(ts|js):\d+/);
  });
});
