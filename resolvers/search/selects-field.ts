import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * Whether the client selected `name` directly on the field being resolved (through fragments too),
 * so the page statement can compute it instead of a later, separate statement.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((sel) => {
      if (sel.kind === "Field") return sel.name.value === name;
      if (sel.kind === "InlineFragment") return visit(sel.selectionSet);
      if (seen.has(sel.name.value)) return false;
      seen.add(sel.name.value);
      return visit(info.fragments[sel.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
