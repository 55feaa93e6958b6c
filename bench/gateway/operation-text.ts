import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./child-server";

/**
 * The text of operation `name` in one of the example files (examples/operations.graphql,
 * examples/federation.graphql), cut out by counting braces from `query <name>`, so the benchmark
 * sends exactly what partners are shown (and test/examples.test.ts / test/federation-gateway.test.ts
 * run) and nothing else of the file. The request body carries no variables: the operation's own
 * defaults apply.
 */
export function exampleOperation(file: string, name: string): { text: string; body: string } {
  const full = path.join(REPO_ROOT, "examples", file);
  const source = fs.readFileSync(full, "utf8");
  const start = new RegExp(`^query ${name}\\b`, "m").exec(source)?.index ?? -1;
  if (start < 0) throw new Error(`examples/${file} has no operation ${name}`);
  let depth = 0;
  for (let i = source.indexOf("{", start); i < source.length; i++) {
    if (source[i] === "{") depth++;
    else if (source[i] === "}" && --depth === 0) {
      const text = source.slice(start, i + 1);
      return { text, body: JSON.stringify({ query: text, operationName: name }) };
    }
  }
  throw new Error(`${name} in examples/${file} is not closed`);
}
