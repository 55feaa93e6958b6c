import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { createSchema, printSortedSchema } from "../schema";

/** `npm run schema`: writes the sorted SDL to schema/schema.graphql (committed; a test checks drift). */
async function main(): Promise<void> {
  const file = path.resolve(__dirname, "../../../schema/schema.graphql");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, printSortedSchema(await createSchema()));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
