import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { createSchema, printSortedSchema } from "../schema";
import { createSubgraphSchema, printSubgraphSdl } from "../federation/subgraph-schema";

/**
 * `npm run schema`: writes the sorted public SDL to schema/schema.graphql and the Federation 2
 * subgraph SDL (what `_service { sdl }` returns) to schema/subgraph.graphql. Both are committed;
 * tests fail when either drifts from the code.
 */
async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "../../../schema");
  fs.mkdirSync(dir, { recursive: true });
  const schema = await createSchema();
  const files = {
    "schema.graphql": printSortedSchema(schema),
    "subgraph.graphql": printSubgraphSdl((await createSubgraphSchema(schema)).sdl),
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
