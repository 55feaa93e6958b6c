import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { createSchema, printSortedSchema } from "../src/schema";
import { createSubgraphSchema, printSubgraphSdl } from "../src/federation/subgraph-schema";

describe("the public schema", () => {
  it("matches the committed schema/schema.graphql (run `npm run schema` after changing the API)", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "schema", "schema.graphql"), "utf8");
    expect(printSortedSchema(await createSchema())).toBe(committed);
  });

  it("matches the committed schema/subgraph.graphql, the Federation 2 subgraph SDL (run `npm run schema` after changing the API)", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "schema", "subgraph.graphql"), "utf8");
    expect(printSubgraphSdl((await createSubgraphSchema()).sdl)).toBe(committed);
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("keeps the DESIGN.md contract: Node and Actor interfaces, and the root fields", async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!.getFields();
    for (const field of ["node", "nodes", "state", "states", "organisation", "organisations", "network", "networks", "meeting", "meetings", "document", "documents", "treatyProposal", "treatyProposals", "person", "people", "search"]) {
      expect(query[field], field).toBeDefined();
    }
    const actor = schema.getType("Actor");
    expect(isInterfaceType(actor) && actor.getInterfaces().map((i) => i.name)).toEqual(["Node"]);
    expect(schema.getPossibleTypes(actor as never).map((t) => t.name).sort()).toEqual(["Organisation", "State"]);
  });
});

describe("partial dates", () => {
  it("read as a person would write them when the source gives no wording", async () => {
    const { PartialDate } = await import("../entities/partial-date.embedded");
    const { parsePartialDate } = await import("../seeds/loader/partial-date");
    const text = (input: Parameters<typeof parsePartialDate>[0]) => Object.assign(new PartialDate(), parsePartialDate(input)).text;
    expect(text("2011-05-17")).toBe("17 May 2011");
    expect(text("2010-09")).toBe("September 2010");
    expect(text("2012-H1")).toBe("first half of 2012");
    expect(text("2012-Q3")).toBe("third quarter of 2012");
    expect(text("2016")).toBe("2016");
    expect(text({ date: "2014-09-08", qualifier: "ON_OR_BEFORE" })).toBe("by 8 September 2014");
    expect(text({ date: "2016-06", qualifier: "INFERRED" })).toBe("June 2016 (inferred)");
    expect(text({ date: "2011-05-18", text: "Wednesday 18 May 2011" })).toBe("Wednesday 18 May 2011");
    const half = Object.assign(new PartialDate(), parsePartialDate("2012-H1"));
    expect([half.earliest, half.latest, half.iso, half.year, half.month, half.day]).toEqual(["2012-01-01", "2012-06-30", "2012-H1", 2012, null, null]);
  });
});
