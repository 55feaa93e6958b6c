import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientSchema, getIntrospectionQuery, Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * The example mutations in examples/mutations/ are what partners copy to start writing: each file
 * must parse, and every operation in it must validate against the schema the hub serves. (The
 * writes tests run the same mutations against the seed data with keys.)
 */
const DIR = path.resolve(__dirname, "../examples/mutations");
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith(".graphql")).sort() : [];

describe("example mutations", () => {
  let hub: TestHub;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    hub = await startTestHub();
    schema = buildClientSchema((await hub.gql(getIntrospectionQuery())).data);
  });
  afterAll(async () => hub?.close());

  it("has an example file for every area of writing", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)("%s: every operation is named and valid against the served schema", (file) => {
    const document = parse(fs.readFileSync(path.join(DIR, file), "utf8"));
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) expect(op.name?.value, `an operation in ${file} has no name`).toBeTruthy();
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
