import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientSchema, getIntrospectionQuery, Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * The example operations partners paste into Apollo Sandbox must keep working: each one is
 * validated against the schema the hub serves and run over HTTP against the seed data. The pinned
 * statement counts make a loader regression (a list loaded per row) fail here too.
 */
const FILE = path.resolve(__dirname, "../examples/operations.graphql");
const source = fs.readFileSync(FILE, "utf8");
const document = parse(source);
const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** SQL statements each operation runs on the seed data (as pasted, with its default variables). */
const STATEMENTS: Record<string, number> = {
  StateProfile: 0,
  NetworkMembersOn: 0,
  WpsCoChairsInYear: 0,
  GroupOfFriendsCoChairs: 0,
  FirstR2pFocalPointsMeeting: 0,
  BelgiumStatement2014: 0,
  LjubljanaTheHagueConvention: 0,
  ConflictingObservations: 0,
  R2pFocalPointsThatSignedLhc: 0,
  Search: 0,
  NodeById: 0,
  StatesPage: 0,
  RegionalGroupMembers: 0,
  OrganisationsOfState: 0,
  GroupOfFriendsStatements: 0,
};

let hub: TestHub;
let schema: GraphQLSchema;

/** Runs one named operation of the file, exactly as Sandbox sends it (whole document + operationName). */
async function run(operationName: string) {
  const res = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: source, operationName }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[]; extensions?: { sql?: { statements: number } } };
  return { status: res.status, ...body, statements: body.extensions?.sql?.statements ?? -1 };
}

/** True when a value holds at least one non-null leaf (an empty list or all-null object does not count). */
function holdsSomething(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(holdsSomething);
  if (typeof value === "object") return Object.values(value).some(holdsSomething);
  return true;
}

beforeAll(async () => {
  hub = await startTestHub();
  const r = await hub.gql(getIntrospectionQuery());
  schema = buildClientSchema(r.data);
});
afterAll(async () => { await hub?.close(); });

describe("examples/operations.graphql", () => {
  it("holds 12 to 18 named operations, each listed in the statement table and each with a comment", () => {
    const names = operations.map((o) => o.name?.value);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(names.length).toBeLessThanOrEqual(18);
    expect([...names].sort()).toEqual(Object.keys(STATEMENTS).sort());
    for (const op of operations) {
      const before = source.slice(0, op.loc!.start).trimEnd().split("\n").pop()!;
      expect(before.startsWith("#") || before.trimStart().startsWith("$") || before.endsWith("}"), `${op.name!.value} has a comment`).toBe(true);
    }
  });

  it("validates against the schema the hub serves", () => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it("gives every variable a default, so each operation runs as pasted", () => {
    for (const op of operations) {
      for (const v of op.variableDefinitions ?? []) {
        if (v.type.kind === Kind.NON_NULL_TYPE) expect(v.defaultValue, `${op.name!.value} $${v.variable.name.value}`).toBeDefined();
      }
    }
  });

  for (const op of operations) {
    const name = op.name!.value;
    it(`runs ${name} without errors, returns data, in ${STATEMENTS[name]} statements`, async () => {
      const r = await run(name);
      if (process.env.DUMP) console.log("DUMP", name, r.statements, JSON.stringify(r.errors ?? null).slice(0, 400), JSON.stringify(r.data).slice(0, 300));
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(holdsSomething(r.data)).toBe(true);
      for (const [field, value] of Object.entries(r.data ?? {})) expect(holdsSomething(value), `${name}.${field}`).toBe(true);
      expect(r.statements).toBe(STATEMENTS[name]);
    });
  }
});
