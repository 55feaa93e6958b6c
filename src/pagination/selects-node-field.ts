import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * Whether the client selected `name` on the items of the connection being resolved (under `nodes`
 * or `edges { node }`, through fragments too), so the page statement can load those rows with the
 * page instead of a later statement of their own.
 */
export function selectsNodeField(info: GraphQLResolveInfo, name: string): boolean {
  // graphql-js hands every item of a list the same `fieldNodes` array, so the answer is worked
  // out once per field of the operation, not once per parent.
  let answers = memo.get(info.fieldNodes);
  if (!answers) memo.set(info.fieldNodes, (answers = new Map()));
  let answer = answers.get(name);
  if (answer === undefined) answers.set(name, (answer = selects(info, name)));
  return answer;
}

const memo = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

function selects(info: GraphQLResolveInfo, name: string): boolean {
  const fieldsOf = (set: SelectionSetNode | undefined, seen = new Set<string>()): FieldNode[] =>
    (set?.selections ?? []).flatMap((sel) => {
      if (sel.kind === "Field") return [sel];
      if (sel.kind === "InlineFragment") return fieldsOf(sel.selectionSet, seen);
      if (seen.has(sel.name.value)) return [];
      seen.add(sel.name.value);
      return fieldsOf(info.fragments[sel.name.value]?.selectionSet, seen);
    });
  const top = info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet));
  const items = [
    ...top.filter((f) => f.name.value === "nodes"),
    ...top.filter((f) => f.name.value === "edges").flatMap((f) => fieldsOf(f.selectionSet).filter((g) => g.name.value === "node")),
  ];
  return items.some((item) => fieldsOf(item.selectionSet).some((f) => f.name.value === name));
}
