import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { expectAlive, expectCoded, globalId, post, type Answer, type Expected } from "./support/hostile";
import { MAX_ENTITY_REPRESENTATIONS, MAX_LIST_ITEMS, MAX_STRING_LENGTH } from "../src/input/input-limits";

/**
 * Argument abuse: NUL bytes and broken Unicode in every string argument, oversized lists and
 * strings, odd numbers and dates, explicit nulls (ids and cursors: test/hostile-ids.test.ts).
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

const PRE = (argumentName: string): Expected => ({ status: 400, code: "BAD_USER_INPUT", argumentName });
const FIELD = (argumentName: string): Expected => ({ status: 200, code: "BAD_USER_INPUT", argumentName });

/** Every string argument of the schema, as `[operation using $v: String!, the argument it names]`. */
const STRING_ARGUMENTS: [string, string][] = [
  [`query($v: String!) { state(code: $v) { name } }`, "code"],
  [`query($v: String!) { organisation(acronym: $v) { name } }`, "acronym"],
  [`query($v: String!) { organisation(key: $v) { name } }`, "key"],
  [`query($v: ID!) { organisation(id: $v) { name } }`, "id"],
  [`query($v: String!) { network(slug: $v) { name } }`, "slug"],
  [`query($v: String!) { treatyProposal(slug: $v) { name } }`, "slug"],
  [`query($v: ID!) { treatyProposal(id: $v) { name } }`, "id"],
  [`query($v: String!) { regionalGroup(key: $v) { name } }`, "key"],
  [`query($v: ID!) { meeting(id: $v) { title } }`, "id"],
  [`query($v: ID!) { document(id: $v) { title } }`, "id"],
  [`query($v: ID!) { person(id: $v) { name } }`, "id"],
  [`query($v: ID!) { citation(id: $v) { url } }`, "id"],
  [`query($v: ID!) { node(id: $v) { id } }`, "id"],
  [`query($v: ID!) { nodes(ids: [$v]) { id } }`, "ids"],
  [`query($v: String!) { search(query: $v) { totalCount } }`, "query"],
  [`query($v: String!) { search(query: "focal", after: $v) { totalCount } }`, "after"],
  [`query($v: String!) { states(after: $v) { totalCount } }`, "after"],
  [`query($v: String!) { states(before: $v, last: 1) { totalCount } }`, "before"],
  // Date filter fields (`asOf`, `memberAsOf`, `from`, `to`) take the Date scalar: text it refuses is named like any other.
  ...["codes", "name", "region", "subregion", "regionalGroup", "memberOfNetwork", "signedTreaty", "partyToTreaty", "asOf"].map(
    (f): [string, string] => [`query($v: ${f === "asOf" ? "Date" : "String"}!) { states(filter: { ${f}: ${f === "codes" ? "[$v]" : "$v"} }) { totalCount } }`, `filter.${f}`],
  ),
  ...["name", "memberState", "parent", "memberAsOf"].map((f): [string, string] => [
    `query($v: ${f === "memberAsOf" ? "Date" : "String"}!) { organisations(filter: { ${f}: $v }) { totalCount } }`,
    `filter.${f}`,
  ]),
  ...["name", "focus", "member", "memberAsOf"].map((f): [string, string] => [
    `query($v: ${{ member: "ID", memberAsOf: "Date" }[f] ?? "String"}!) { networks(filter: { ${f}: $v }) { totalCount } }`,
    `filter.${f}`,
  ]),
  ...["series", "title", "network", "host", "participant", "person", "country", "from", "to"].map((f): [string, string] => [
    `query($v: ${["host", "participant", "person"].includes(f) ? "ID" : ["from", "to"].includes(f) ? "Date" : "String"}!) { meetings(filter: { ${f}: $v }) { totalCount } }`,
    `filter.${f}`,
  ]),
  ...["author", "signatory", "meeting", "network", "unSymbol", "from", "to"].map((f): [string, string] => [
    `query($v: ${["author", "signatory", "meeting"].includes(f) ? "ID" : ["from", "to"].includes(f) ? "Date" : "String"}!) { documents(filter: { ${f}: $v }) { totalCount } }`,
    `filter.${f}`,
  ]),
  ...["name", "affiliation"].map((f): [string, string] => [`query($v: ${f === "name" ? "String" : "ID"}!) { people(filter: { ${f}: $v }) { totalCount } }`, `filter.${f}`]),
  ...["name", "proponent", "signatory", "party"].map((f): [string, string] => [
    `query($v: ${f === "name" ? "String" : "ID"}!) { treatyProposals(filter: { ${f}: $v }) { totalCount } }`,
    `filter.${f}`,
  ]),
  // An argument of a nested field, reached through a list of parents.
  [`query($v: String!) { states(first: 2) { nodes { treatyActions(treaty: $v) { type } } } }`, "treaty"],
];

describe("text a database cannot store, in any string argument (HTTP 400, before any SQL)", () => {
  const payloads: [string, (base: string) => string][] = [
    ["a NUL byte", (s) => `${s}\u0000`],
    ["only a NUL byte", () => "\u0000"],
    ["a lone high surrogate", (s) => `${s}\ud800`],
    ["a lone low surrogate", (s) => `\udc00${s}`],
    [`more than ${MAX_STRING_LENGTH} characters`, () => "a".repeat(MAX_STRING_LENGTH + 1)],
  ];
  for (const [what, make] of payloads) {
    it(`refuses ${what} in each of ${STRING_ARGUMENTS.length} string arguments, naming it`, async () => {
      for (const [query, argumentName] of STRING_ARGUMENTS) {
        const answer = await run(`${what}: ${query}`, { query, variables: { v: make("fr") }, ...PRE(argumentName) });
        expect(answer.body.extensions?.sql?.statements, query).toBe(0);
      }
    });
  }

  it("refuses a NUL written as a GraphQL escape in the query text itself", async () => {
    await run("literal", { query: `{ state(code: "FR\\u0000") { name } }`, ...PRE("code") });
    await run("block", { query: `{ states(filter: { codes: ["GH", "\\u0000"] }) { totalCount } }`, ...PRE("filter.codes") });
    await run("default", { query: `query($c: String = "x\\u0000") { state(code: $c) { name } }`, ...PRE("code") });
  });

  it("reaches arguments inside named and inline fragments, nested fragments and introspection", async () => {
    const v = { v: "x\u0000" };
    await run("fragment", { query: `query($v: String!) { ...F } fragment F on Query { states(filter: { region: $v }) { totalCount } }`, variables: v, ...PRE("filter.region") });
    await run("nested fragment", {
      query: `query($v: String!) { states(first: 1) { nodes { ...S } } } fragment S on State { ...T } fragment T on State { treatyActions(treaty: $v) { type } }`,
      variables: v,
      ...PRE("treaty"),
    });
    await run("inline fragment", { query: `query($v: ID!) { node(id: "x") { ... on State { id } } ... on Query { other: node(id: $v) { id } } }`, variables: v, ...PRE("id") });
    await run("introspection", { query: `query($v: String!) { __type(name: $v) { name } }`, variables: v, ...PRE("name") });
  });

  it("still accepts real text: accents, scripts, emoji pairs, right-to-left marks", async () => {
    for (const code of ["Côte", "日本", "🙂", "\u202egh", "g\u200dh"]) {
      const r = await post(hub.url, { query: `query($v: String!) { state(code: $v) { name } }`, variables: { v: code } });
      expect({ status: r.status, errors: r.body.errors }, code).toEqual({ status: 200, errors: undefined });
    }
  });
});

describe(`list arguments: at most ${MAX_LIST_ITEMS} items each`, () => {
  const many = (n: number, item: (i: number) => unknown) => Array.from({ length: n }, (_, i) => item(i));
  const lists: [string, string, (i: number) => unknown, string][] = [
    [`query($v: [String!]) { states(filter: { codes: $v }) { totalCount } }`, "filter.codes", (i) => `C${i}`, "states"],
    [`query($v: [DocumentKind!]) { documents(filter: { kinds: $v }) { totalCount } }`, "filter.kinds", () => "COMMUNIQUE", "documents"],
    [`query($v: [MeetingKind!]) { meetings(filter: { kinds: $v }) { totalCount } }`, "filter.kinds", () => "EXPERT_MEETING", "meetings"],
    [`query($v: [OrganisationKind!]) { organisations(filter: { kinds: $v }) { totalCount } }`, "filter.kinds", () => "NGO", "organisations"],
    [`query($v: [ID!]!) { nodes(ids: $v) { id } }`, "ids", (i) => globalId(`State:${i + 1}`), "nodes"],
    [`query($v: [SearchType!]) { search(query: "focal", types: $v) { totalCount } }`, "types", () => "STATE", "search"],
    [`query($v: [ParticipationRole!]) { states(first: 1) { nodes { meetings(roles: $v) { role } } } }`, "roles", () => "HOST", "states"],
    [`query($v: [ParticipationRole!]) { organisations(first: 1) { nodes { meetings(roles: $v) { role } } } }`, "roles", () => "HOST", "organisations"],
    [`query($v: [DocumentActorRole!]) { states(first: 1) { nodes { documents(roles: $v) { title } } } }`, "roles", () => "AUTHOR", "states"],
    [`query($v: [ParticipationRole!]) { meetings(first: 1) { nodes { participants(roles: $v) { role } } } }`, "roles", () => "HOST", "meetings"],
    [`query($v: [RegionalGroupRole!]) { regionalGroups { members(roles: $v) { role } } }`, "roles", () => "MEMBER", "regionalGroups"],
    [`query($v: [CommitmentKind!]) { documents(first: 1) { nodes { commitments(kinds: $v) { kind } } } }`, "kinds", () => "PROPOSAL", "documents"],
    [`query($v: [TreatyActionType!]) { treatyProposals(first: 1) { nodes { actions(types: $v) { type } } } }`, "types", () => "ACCESSION", "treatyProposals"],
  ];

  it(`refuses 40,000 and ${MAX_LIST_ITEMS + 1} items in every list argument, before any SQL`, async () => {
    for (const [query, argumentName, item] of lists) {
      for (const n of [40_000, MAX_LIST_ITEMS + 1]) {
        const answer = await run(`${n} ${argumentName}: ${query}`, { query, variables: { v: many(n, item) }, ...PRE(argumentName) });
        expect(answer.body.errors[0].message, query).toContain(`at most ${MAX_LIST_ITEMS} items`);
        expect(answer.body.extensions?.sql?.statements, query).toBe(0);
        expect(answer.ms, `${n} items answered well under a second`).toBeLessThan(1000);
      }
    }
  });

  it(`accepts exactly ${MAX_LIST_ITEMS} items, duplicates and empty lists`, async () => {
    for (const [query, argumentName, item, root] of lists) {
      for (const v of [many(MAX_LIST_ITEMS, item), [item(0), item(0)], []]) {
        const r = await post(hub.url, { query, variables: { v } });
        if (argumentName === "types" && root === "search" && v.length === 0) {
          expectCoded(r, FIELD("types"), "search with no type");
          continue;
        }
        expect({ status: r.status, errors: r.body.errors }, `${query} with ${v.length}`).toEqual({ status: 200, errors: undefined });
        expect(r.body.data[root]).toBeDefined();
      }
    }
  });

  it("says the cap in the description of every list argument and list input field", async () => {
    const r = await hub.gql(`{ __schema { types { name fields { name args { name description type { kind ofType { kind } } } } inputFields { name description type { kind ofType { kind } } } } } }`);
    const isList = (t: { kind: string; ofType?: { kind: string } }) => t.kind === "LIST" || t.ofType?.kind === "LIST";
    const listed: string[] = [];
    for (const type of r.data.__schema.types.filter((t: { name: string }) => !t.name.startsWith("__"))) {
      for (const field of type.fields ?? []) for (const arg of field.args) if (isList(arg.type)) listed.push(`${type.name}.${field.name}(${arg.name}): ${arg.description}`);
      for (const field of type.inputFields ?? []) if (isList(field.type)) listed.push(`${type.name}.${field.name}: ${field.description}`);
    }
    expect(listed.length).toBeGreaterThanOrEqual(lists.length);
    // A router's `_entities` batch has its own, higher cap (src/input/input-limits.ts).
    for (const line of listed) expect(line).toMatch(new RegExp(`At most ${line.startsWith("Query._entities(") ? MAX_ENTITY_REPRESENTATIONS : MAX_LIST_ITEMS} items\\.$`));
  });
});

describe("strings, numbers and dates out of range", () => {
  const cases: [string, Case][] = [
    // search text
    ["search of 201 characters", { query: `query($v: String!) { search(query: $v) { totalCount } }`, variables: { v: "a".repeat(201) }, ...FIELD("query") }],
    ["search of 500 KB", { query: `query($v: String!) { search(query: $v) { totalCount } }`, variables: { v: "focal ".repeat(85_000) }, ...PRE("query") }],
    ["search of spaces only", { query: `{ search(query: "     ") { totalCount } }`, ...FIELD("query") }],
    ["search of tabs and newlines", { query: `query($v: String!) { search(query: $v) { totalCount } }`, variables: { v: "\t\n\r " }, ...FIELD("query") }],
    ["search of punctuation only", { query: `{ search(query: "*:()\\"-^") { totalCount } }`, ...FIELD("query") }],
    ["search of combining marks only", { query: `query($v: String!) { search(query: $v) { totalCount } }`, variables: { v: "\u0301\u0301\u0301" }, ...FIELD("query") }],
    ["search of a right-to-left override only", { query: `query($v: String!) { search(query: $v) { totalCount } }`, variables: { v: "\u202e\u200f" }, ...FIELD("query") }],
    ["search of zero-width spaces", { query: `query($v: String!) { search(query: $v) { totalCount } }`, variables: { v: "\u200b\u200b\ufeff" }, ...FIELD("query") }],
    // filter text
    ["name filter of spaces", { query: `{ states(filter: { name: "   " }) { totalCount } }`, ...FIELD("filter.name") }],
    ["name filter of 300 characters", { query: `query($v: String!) { organisations(filter: { name: $v }) { totalCount } }`, variables: { v: "b".repeat(300) }, ...FIELD("filter.name") }],
    ["unSymbol of spaces", { query: `{ documents(filter: { unSymbol: " " }) { totalCount } }`, ...FIELD("filter.unSymbol") }],
    // page sizes
    ["first -1", { query: `{ states(first: -1) { totalCount } }`, ...FIELD("first") }],
    ["first 101", { query: `{ states(first: 101) { totalCount } }`, ...FIELD("first") }],
    ["first 2^31-1", { query: `{ meetings(first: 2147483647) { totalCount } }`, ...FIELD("first") }],
    ["last -5", { query: `{ documents(last: -5) { totalCount } }`, ...FIELD("last") }],
    ["first and last", { query: `{ people(first: 1, last: 1) { totalCount } }`, ...FIELD("last") }],
    ["search first -1", { query: `{ search(query: "focal", first: -1) { totalCount } }`, ...FIELD("first") }],
    ["search first 1000", { query: `{ search(query: "focal", first: 1000) { totalCount } }`, ...FIELD("first") }],
    ["first 2^31 (not an Int)", { query: `{ states(first: 2147483648) { totalCount } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    ["first 1e300 (not an Int)", { query: `{ states(first: 1e300) { totalCount } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    ["first 1.5 (not an Int)", { query: `{ states(first: 1.5) { totalCount } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    ["first as text", { query: `{ states(first: "10") { totalCount } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    // other numbers
    ["leadership year 2^31-1", { query: `{ networks(first: 1) { nodes { leadership(year: 2147483647) { role } } } }`, ...FIELD("year") }],
    ["leadership year -1", { query: `{ networks(first: 1) { nodes { leadership(year: -1) { role } } } }`, ...FIELD("year") }],
    // dates
    // A Date the scalar refuses is BAD_USER_INPUT naming the argument (HTTP 400, before anything runs), field argument or filter field alike.
    ["Date 2021-02-30", { query: `{ regionalGroups { members(asOf: "2021-02-30") { role } } }`, ...PRE("asOf") }],
    ["Date 99999-01-01", { query: `{ regionalGroups { members(asOf: "99999-01-01") { role } } }`, ...PRE("asOf") }],
    ["Date as a number", { query: `{ regionalGroups { members(asOf: 20210101) { role } } }`, ...PRE("asOf") }],
    ["Date with a time", { query: `{ regionalGroups { members(asOf: "2021-01-01T00:00:00Z") { role } } }`, ...PRE("asOf") }],
    ["Date year 0", { query: `{ regionalGroups { members(asOf: "0000-01-01") { role } } }`, ...PRE("asOf") }],
    ["Date with NUL", { query: `{ regionalGroups { members(asOf: "2021-01-01\\u0000") { role } } }`, ...PRE("asOf") }],
    ["filter date 2021-02-30", { query: `{ meetings(filter: { from: "2021-02-30" }) { totalCount } }`, ...PRE("filter.from") }],
    ["filter date 99999-01-01", { query: `{ documents(filter: { to: "99999-01-01" }) { totalCount } }`, ...PRE("filter.to") }],
    ["filter dates reversed", { query: `{ meetings(filter: { from: "2020-01-01", to: "2019-01-01" }) { totalCount } }`, ...FIELD("filter.to") }],
    ["asOf without member", { query: `{ organisations(filter: { memberAsOf: "2020-01-01" }) { totalCount } }`, ...FIELD("filter.memberAsOf") }],
    // enums
    ["enum as a string literal", { query: `{ documents(filter: { kinds: "COMMUNIQUE" }) { totalCount } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    ["unknown enum value", { query: `{ documents(filter: { kinds: [NOT_A_KIND] }) { totalCount } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    ["unknown argument", { query: `{ states(limit: 5) { totalCount } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    ["unknown filter field", { query: `{ states(filter: { __proto__: "x" }) { totalCount } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    ["missing required argument", { query: `{ state { name } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
    ["null for a required argument", { query: `{ node(id: null) { id } }`, status: 400, code: "GRAPHQL_VALIDATION_FAILED" }],
  ];
  for (const [name, c] of cases) {
    it(name, async () => {
      await run(name, c);
    });
  }

  it("takes Int extremes and zero where they are in range", async () => {
    const r = await hub.gql(`{ states(first: 0) { nodes { name } pageInfo { hasNextPage } } meetings(filter: { ungaSession: 2147483647 }) { totalCount } m2: meetings(filter: { ungaSession: -2147483648 }) { totalCount } search(query: "focal", first: 0) { nodes { score } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ states: { nodes: [] }, meetings: { totalCount: 0 }, m2: { totalCount: 0 }, search: { nodes: [] } });
  });
});

describe("explicit nulls", () => {
  it("takes null for every nullable argument and input field of every connection (as if omitted)", async () => {
    const r = await hub.gql(`{ __schema { queryType { fields { name args { name type { kind name } } } } types { name inputFields { name type { kind } } } } }`);
    const inputs = new Map<string, { name: string; type: { kind: string } }[]>(r.data.__schema.types.map((t: any) => [t.name, t.inputFields ?? []]));
    const nullFields = (type: string) => `{ ${inputs.get(type)!.filter((f) => f.type.kind !== "NON_NULL").map((f) => `${f.name}: null`).join(", ")} }`;
    for (const field of r.data.__schema.queryType.fields.filter((f: any) => f.args.some((a: any) => a.name === "filter"))) {
      const args = field.args.map((a: any) => (a.name === "filter" ? `filter: ${nullFields(a.type.name)}` : `${a.name}: null`));
      for (const query of [`{ ${field.name}(${args.join(", ")}) { totalCount } }`, `{ ${field.name}(filter: null, orderBy: null) { totalCount } }`]) {
        const answer = await hub.gql(query);
        expect({ status: answer.status, errors: answer.errors }, query).toEqual({ status: 200, errors: undefined });
        expect(answer.data[field.name].totalCount, query).toBeGreaterThan(0);
      }
    }
  });

  it("takes null for every nullable argument of nested fields and lookups", async () => {
    const r = await hub.gql(`{
      search(query: "focal", types: null, first: null, after: null) { totalCount }
      organisation(id: null, acronym: "gcr2p", key: null) { name }
      treatyProposal(id: null, slug: "ljubljana-the-hague-convention") {
        actions(asOf: null, types: null) { __typename } crimes(scope: null) { __typename }
        parties(asOf: null) { __typename } signatories(asOf: null) { __typename }
      }
      networks(first: 2) { nodes { leadership(asOf: null, role: null, year: null) { __typename } members(asOf: null) { __typename }
        memberships(asOf: null, status: null) { __typename } secretariat(asOf: null) { __typename } } }
      meetings(first: 2) { nodes { participants(roles: null, status: null) { __typename } } }
      documents(first: 2) { nodes { commitments(kinds: null) { __typename } } }
      organisations(first: 2) { nodes { documents(roles: null) { __typename } meetings(roles: null) { __typename } members(asOf: null) { __typename }
        memberships(asOf: null) { __typename } networkMemberships(asOf: null) { __typename } treatyActions(treaty: null) { __typename } } }
      people(first: 2) { nodes { positions(asOf: null) { __typename } } }
      regionalGroups { memberCount(asOf: null) members(asOf: null, roles: null) { __typename } }
      states(first: 2) { nodes { documents(roles: null) { __typename } meetings(roles: null) { __typename } networkMemberships(asOf: null) { __typename }
        organisations(asOf: null) { __typename } regionalGroups(asOf: null) { __typename } treatyActions(treaty: null) { __typename } } }
    }`);
    expect({ status: r.status, errors: r.errors }).toEqual({ status: 200, errors: undefined });
    expect(r.data.organisation).not.toBeNull();
  });
});

describe("after the battery", () => {
  it("answers a trivial query, and no answer held SQL or a stack", async () => {
    await expectAlive(hub);
    expect(answers.length).toBeGreaterThan(300);
    for (const a of answers) expect(a.text).not.toMatch(/SELECT|INSERT|at .*\.(ts|js):\d+/);
  });
});
