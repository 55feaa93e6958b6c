import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, type GraphQLObjectType } from "graphql";
import { loadConfig } from "../src/config";
import { createSchema } from "../src/schema";
import { LIST_FANOUT } from "../src/limits/list-fanout";
import { startTestHub, type TestHub } from "./support/test-server";

// Cost and node counts multiply plain lists by LIST_FANOUT: these tests keep those numbers true.
let hub: TestHub;
beforeAll(async () => {
  // These walks read everything at once, far past the limits partners get.
  const limits = { ...loadConfig({}).limits, maxCost: 1e12, maxResultNodes: 1e12 };
  hub = await startTestHub({ config: { limits, rateLimit: { enabled: false, points: 0, windowSeconds: 60 } } });
});
afterAll(async () => {
  await hub?.close();
});

async function plainObjectLists(): Promise<{ type: GraphQLObjectType; field: string }[]> {
  const schema = await createSchema();
  const lists: { type: GraphQLObjectType; field: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || /Connection$|Edge$/.test(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type))) lists.push({ type, field: field.name });
    }
  }
  return lists;
}

describe("list fan-outs used by the cost limits", () => {
  it("declares a fan-out for every plain list of objects in the schema", async () => {
    const missing = (await plainObjectLists()).map(({ type, field }) => `${type.name}.${field}`).filter((key) => key !== "Query.nodes" && !(key in LIST_FANOUT));
    expect(missing).toEqual([]);
  });

  it("holds for the seed data: no parent has more items than its list's declared fan-out", async () => {
    const roots: Record<string, string> = { State: "states", Organisation: "organisations", Network: "networks", Meeting: "meetings", Document: "documents", TreatyProposal: "treatyProposals", Person: "people", RegionalGroup: "regionalGroups" };
    const lists = await plainObjectLists();
    const seen: Record<string, number> = {};
    for (const [typeName, root] of Object.entries(roots)) {
      const own = lists.filter((l) => l.type.name === typeName);
      // Each list of the type, and each list of the items in it (sources, holders…), one level down.
      const selection = own
        .map(({ type, field }) => {
          const itemType = getNamedType(type.getFields()[field].type);
          const nested = lists.filter((l) => l.type.name === itemType.name).map((l) => `${l.field} { __typename }`);
          return `${field} { __typename ${nested.join(" ")} }`;
        })
        .join(" ");
      let after: string | null = null;
      do {
        // regionalGroups is a plain list; every other root is a connection.
        const paged = root !== "regionalGroups";
        const r: any = paged
          ? await hub.gql(`query($after: String) { ${root}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`, { after })
          : await hub.gql(`{ ${root} { ${selection} } }`);
        expect(r.errors).toBeUndefined();
        const page = paged ? r.data[root] : { nodes: r.data[root], pageInfo: { hasNextPage: false } };
        if (!paged) seen["Query.regionalGroups"] = page.nodes.length;
        for (const node of page.nodes) {
          for (const { type, field } of own) {
            const key = `${type.name}.${field}`;
            seen[key] = Math.max(seen[key] ?? 0, node[field].length);
            const itemType = getNamedType(type.getFields()[field].type).name;
            for (const item of node[field]) for (const l of lists.filter((x) => x.type.name === itemType)) {
              const nestedKey = `${itemType}.${l.field}`;
              if (item[l.field]) seen[nestedKey] = Math.max(seen[nestedKey] ?? 0, item[l.field].length);
            }
          }
        }
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    }
    if (process.env.PRINT_FANOUT) console.log(JSON.stringify(seen, null, 1));
    const over = Object.entries(seen).filter(([key, max]) => max > (LIST_FANOUT[key] ?? Infinity));
    expect(over).toEqual([]);
    // The walk reached the big lists, so the check above means something.
    expect(seen["Meeting.participants"]).toBeGreaterThan(20);
    expect(seen["Organisation.members"]).toBeGreaterThan(40);
    expect(seen["RegionalGroup.members"]).toBeGreaterThan(40);
  });
});
