/**
 * Operations an attacker (or a careless client) sends to exhaust the hub, each with the limit that
 * must refuse it. test/hostile-query.test.ts asserts each refusal; bench/refusals.ts times them.
 */
export function nest(levels: number, inner: string, wrap: (s: string) => string): string {
  let q = inner;
  for (let i = 0; i < levels; i++) q = wrap(q);
  return q;
}

// regionalGroups → members → state → regionalGroups → group → members … at depth 15.
const regionalGroupLoop = `{ regionalGroups { ${nest(3, "members { state { name } }", (s) => `members { state { regionalGroups { group { ${s} } } } }`)} } }`;
const fragmentBomb = (() => {
  // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^24 expansions if a walker does not memoise.
  const fragments = Array.from({ length: 24 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `{ ...F0 } ${fragments.join(" ")} fragment F24 on Query { states(first: 1) { totalCount } }`;
})();
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

export const ABUSE_CASES: { name: string; query: string; variables?: Record<string, unknown>; limit: string }[] = [
  { name: "regional groups → members → state → … looping at depth 15 (the 214-byte heap killer)", query: regionalGroupLoop, limit: "nodes" },
  {
    name: "states(first: 100) → organisations → members, two rounds deep",
    query: `{ states(first: 100) { nodes { organisations { organisation { members { member { ... on State { organisations { organisation { members { member { name } } } } } } } } } } } }`,
    limit: "nodes",
  },
  // 1,000 aliases are over 5,000 tokens: the parser stops first, before the document is even built.
  { name: "1,000 aliases of states(first: 100)", query: aliases(1000, "states(first: 100) { nodes { name } }"), limit: "tokens" },
  { name: "40 aliases of states(first: 100)", query: aliases(40, "states(first: 100) { nodes { name } }"), limit: "aliases" },
  { name: "24 nested fragment spreads (exponential when walked naively)", query: fragmentBomb, limit: "cost" },
  { name: "a document of 250,000 fields", query: `{ ${"id ".repeat(250_000)}}`, limit: "tokens" },
  { name: "nesting past the depth limit", query: nest(9, "name", (s) => `meetings { meeting { participants { actor { ... on State { ${s} } } } } }`).replace(/^/, `{ state(code: "GH") { `) + " } }", limit: "depth" },
  { name: "60 directives", query: `{ ${Array.from({ length: 60 }, () => "__typename @include(if: true)").join(" ")} }`, limit: "directives" },
  {
    name: "page sizes given through variables count",
    query: `query($n: Int) { states(first: $n) { nodes { organisations { organisation { members { member { ... on State { organisations { organisation { members { member { name } } } } } } } } } } } }`,
    variables: { n: 100 },
    limit: "nodes",
  },
];

