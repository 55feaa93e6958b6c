import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { post } from "./support/hostile";
import { startPartnerSubgraph } from "../examples/partner-subgraph/server";
import { loadConfig } from "../src/config";

/**
 * Filters take the same `Date` scalar as field arguments (`from`, `to`, `asOf`, `memberAsOf`). A
 * day that does not exist is BAD_USER_INPUT naming the argument (HTTP 400, before any SQL), whether
 * it is written in the query, passed as a variable, or inside a whole filter variable.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

/** Every date-valued filter field, as `root(filter: { field: … })` with what else it needs. */
const DATE_FIELDS: [string, string, string, string][] = [
  // [root field, filter type, filter field, other filter fields]
  ["meetings", "MeetingFilter", "from", ""],
  ["meetings", "MeetingFilter", "to", ""],
  ["documents", "DocumentFilter", "from", ""],
  ["documents", "DocumentFilter", "to", ""],
  ["networks", "NetworkFilter", "memberAsOf", `member: "GH"`],
  ["organisations", "OrganisationFilter", "memberAsOf", `memberState: "GH"`],
  ["states", "StateFilter", "asOf", ""],
];

async function expectNamed(body: { query: string; variables?: Record<string, unknown> }, argumentName: string, label: string) {
  const r = await post(hub.url, body);
  expect({ status: r.status, code: r.body.errors?.[0]?.extensions?.code, argumentName: r.body.errors?.[0]?.extensions?.argumentName }, label).toEqual({
    status: 400,
    code: "BAD_USER_INPUT",
    argumentName,
  });
  expect(r.body.errors[0].message, label).toBe(`Invalid argument "${argumentName}": must be a calendar day written YYYY-MM-DD, got "2021-02-30"`);
  expect(r.body.data, label).toBeUndefined();
}

describe("filters typed Date", () => {
  it("publish every date-valued filter field as Date", async () => {
    const r = await hub.gql(`{ __schema { types { name inputFields { name type { name } } } } }`);
    for (const [, type, field] of DATE_FIELDS) {
      const input = r.data.__schema.types.find((t: any) => t.name === type);
      expect(input.inputFields.find((f: any) => f.name === field).type.name, `${type}.${field}`).toBe("Date");
    }
  });

  it("filter with valid days as before", async () => {
    const r = await hub.gql(`{ meetings(filter: { from: "2011-05-18", to: "2011-05-18" }) { nodes { key } } }`);
    expect(r.data.meetings.nodes).toEqual([{ key: "r2p-fp-2011-new-york" }]);
    expect(r.statements).toBe(1);
    const v = await hub.gql(`query($d: Date) { meetings(filter: { from: $d, to: $d }) { nodes { key } } }`, { d: "2011-05-18" });
    expect(v.data).toEqual(r.data);
    const asOf = await hub.gql(`{ states(filter: { memberOfNetwork: "r2p-focal-points", asOf: "2012-02-29" }) { totalCount } }`);
    expect(asOf.errors).toBeUndefined();
    expect(asOf.data.states.totalCount).toBeGreaterThan(0);
  });

  it("refuse 2021-02-30 written in the query, naming the filter field", async () => {
    for (const [root, , field, other] of DATE_FIELDS) {
      await expectNamed({ query: `{ ${root}(filter: { ${other} ${field}: "2021-02-30" }) { totalCount } }` }, `filter.${field}`, `${root} ${field}`);
    }
  });

  it("refuse 2021-02-30 in a Date variable and inside a filter variable, naming the filter field", async () => {
    for (const [root, type, field, other] of DATE_FIELDS) {
      await expectNamed({ query: `query($d: Date) { ${root}(filter: { ${other} ${field}: $d }) { totalCount } }`, variables: { d: "2021-02-30" } }, `filter.${field}`, `$d ${root}`);
      const extra = other ? { [other.split(":")[0]]: "GH" } : {};
      await expectNamed({ query: `query($f: ${type}) { ${root}(filter: $f) { totalCount } }`, variables: { f: { ...extra, [field]: "2021-02-30" } } }, `filter.${field}`, `$f ${root}`);
    }
  });

  it("refuse it the same way in field arguments and through fragments and aliases", async () => {
    await expectNamed({ query: `{ regionalGroups { members(asOf: "2021-02-30") { role } } }` }, "asOf", "literal asOf");
    await expectNamed({ query: `query($d: Date) { regionalGroups { members(asOf: $d) { role } } }`, variables: { d: "2021-02-30" } }, "asOf", "variable asOf");
    await expectNamed({ query: `query { ...F } fragment F on Query { a: meetings(filter: { to: "2021-02-30" }) { totalCount } }` }, "filter.to", "fragment");
  });

  it("refuse other non-days with the same code and name", async () => {
    for (const bad of ["23/09/2011", "2021-13-01", "2021-02-01T00:00:00Z", ""]) {
      const r = await post(hub.url, { query: `query($d: Date) { meetings(filter: { from: $d }) { totalCount } }`, variables: { d: bad } });
      expect({ status: r.status, ...r.body.errors?.[0]?.extensions }, bad).toEqual({ status: 400, code: "BAD_USER_INPUT", argumentName: "filter.from" });
    }
    const number = await post(hub.url, { query: `{ meetings(filter: { from: 20210101 }) { totalCount } }` });
    expect({ status: number.status, ...number.body.errors?.[0]?.extensions }).toEqual({ status: 400, code: "BAD_USER_INPUT", argumentName: "filter.from" });
    // A reversed range is still the resolver's to refuse, naming `to`.
    const reversed = await hub.gql(`{ meetings(filter: { from: "2012-01-01", to: "2011-01-01" }) { totalCount } }`);
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.to" });
  });

  it("take a string literal as before; a variable declared String no longer fits (the compatibility note)", async () => {
    const literal = await hub.gql(`{ documents(filter: { from: "2014-01-01", to: "2014-12-31" }) { totalCount } }`);
    expect(literal.data.documents.totalCount).toBe(5);
    const asString = await post(hub.url, { query: `query($d: String) { documents(filter: { from: $d }) { totalCount } }`, variables: { d: "2014-01-01" } });
    expect({ status: asString.status, code: asString.body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(asString.body.errors[0].message).toContain('Variable "$d" of type "String" used in position expecting type "Date"');
  });
});

describe("in gateway mode", () => {
  it("the supergraph's Date takes any text, so the argument check names the field instead", async () => {
    const partner = await startPartnerSubgraph({ port: 0 });
    const federation = { ...loadConfig({}).federation, subgraphs: [{ name: "registry", url: partner.url, headers: {}, forwardHeaders: [], timeoutMs: 3000 }], pollIntervalMs: 0 };
    const gateway = await startTestHub({ config: { federation } });
    try {
      for (const body of [
        { query: `{ meetings(filter: { from: "2021-02-30" }) { totalCount } }` },
        { query: `query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }`, variables: { f: { from: "2021-02-30" } } },
      ]) {
        const r = await post(gateway.url, body);
        expect({ status: r.status, ...r.body.errors?.[0]?.extensions }).toEqual({ status: 400, code: "BAD_USER_INPUT", argumentName: "filter.from" });
      }
      const ok = await post(gateway.url, { query: `{ meetings(filter: { from: "2011-05-18", to: "2011-05-18", host: "gh" }) { nodes { key } } }` });
      expect(ok.body).toMatchObject({ data: { meetings: { nodes: [{ key: "r2p-fp-2011-new-york" }] } } });
    } finally {
      await gateway.close();
      await partner.stop();
    }
  });
});
