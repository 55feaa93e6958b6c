import fs from "node:fs";
import path from "node:path";

/** The page sizes of the partner's nested query: networks → memberships → hosted meetings → participants. */
export interface PartnerVariables {
  networks: number;
  members: number;
  meetings: number;
  participants: number;
}

/** The operation's own defaults (examples/operations.graphql), which the raw endpoint applies too. */
export const DEFAULT_VARIABLES: PartnerVariables = { networks: 5, members: 10, meetings: 3, participants: 10 };

export const LOAD_QUERIES: { name: string; variables: PartnerVariables }[] = [
  { name: "heavy 5/10/3/10", variables: { networks: 5, members: 10, meetings: 3, participants: 10 } },
  { name: "light 2/5/2/5", variables: { networks: 2, members: 5, meetings: 2, participants: 5 } },
];

/**
 * Checked for identical answers but not timed: every network and membership (organisation members
 * included, last pages with hasNextPage false) and participant pages cut short (hasNextPage true).
 */
export const CHECK_ONLY_QUERIES: { name: string; variables: PartnerVariables }[] = [{ name: "check 20/25/3/4", variables: { networks: 20, members: 25, meetings: 3, participants: 4 } }];

/**
 * `PartnerNested`, cut out of examples/operations.graphql by counting braces, so the benchmark
 * sends exactly the operation partners are shown (and the examples test checks) and nothing else
 * of that file.
 */
export function partnerNestedOperation(): string {
  // dist/bench/load/ → the repository root holds examples/.
  const file = [path.resolve(__dirname, "../../../examples/operations.graphql"), path.resolve(__dirname, "../../examples/operations.graphql")].find((f) => fs.existsSync(f));
  if (!file) throw new Error("examples/operations.graphql not found");
  const text = fs.readFileSync(file, "utf8");
  const start = text.indexOf("query PartnerNested");
  if (start < 0) throw new Error("examples/operations.graphql has no PartnerNested operation");
  let depth = 0;
  for (let i = text.indexOf("{", start); i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error("PartnerNested in examples/operations.graphql is not closed");
}

/** The request body both servers receive, byte for byte. */
export const requestBody = (operation: string, variables: PartnerVariables) => JSON.stringify({ query: operation, operationName: "PartnerNested", variables });

/** Reads the page sizes from a request body, falling back on the operation's defaults; only small non-negative integers pass. */
export function variablesOf(body: unknown): PartnerVariables {
  const given = (body as { variables?: Record<string, unknown> } | null)?.variables ?? {};
  const out = { ...DEFAULT_VARIABLES };
  for (const key of Object.keys(out) as (keyof PartnerVariables)[]) {
    const v = given[key];
    if (v == null) continue;
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 100) throw new Error(`variable ${key} must be an integer from 0 to 100`);
    out[key] = v as number;
  }
  return out;
}
