import fs from "node:fs";
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from "graphql";
import { projectFile } from "./project-file";

/** The operation the explorers open with: a state at a glance (examples/operations.graphql). */
export const EXAMPLE_OPERATION_NAME = "StateProfile";

/** Used when the examples file is not deployed: a short question the seed data answers. */
const FALLBACK = `query StateProfile($code: String! = "GHA") {\n  state(code: $code) {\n    name\n    officialName\n    region\n    organisations { status organisation { name acronym } }\n  }\n}\n`;

const HEADER = "# A state at a glance: Ghana by default;\n# set $code to any ISO code. Press Run.\n# More: examples/operations.graphql\n\n";

let cached: string | undefined;

/**
 * The example operation with the fragments it uses, read once from examples/operations.graphql:
 * test/examples.test.ts runs every operation of that file against the seed data, so the page opens
 * with a question known to work. Falls back to a short constant when the file is absent or changed.
 */
export function exampleOperation(): string {
  cached ??= HEADER + (readExample() ?? FALLBACK);
  return cached;
}

/** `name` and every fragment it spreads (transitively), printed; undefined when `name` is not in `source`. */
export function extractOperation(source: string, name: string): string | undefined {
  const definitions = parse(source).definitions;
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) return undefined;
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] }) + "\n";
}

function readExample(): string | undefined {
  const file = projectFile("examples/operations.graphql");
  if (!file) return undefined;
  try {
    return extractOperation(fs.readFileSync(file, "utf8"), EXAMPLE_OPERATION_NAME);
  } catch {
    return undefined;
  }
}
