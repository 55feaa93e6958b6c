import { GraphQLError, Kind, type ASTNode, type ValidationContext, type ValidationRule } from "graphql";
import { ErrorCode } from "../errors/error-codes";

export const MAX_QUERY_DEPTH = 15;

/**
 * Rejects queries nested deeper than `max` before they run. Connections already cap page sizes;
 * the depth cap bounds how far a single request can fan out through them.
 */
export function depthLimitRule(max = MAX_QUERY_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (!node.selectionSet) return depth;
        return Math.max(...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)));
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(node.name.value)) return depth;
        return depthOf(fragment, depth, new Set([...seen, node.name.value]));
      }
      if (node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.FRAGMENT_DEFINITION || node.kind === Kind.OPERATION_DEFINITION) {
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
      }
      return depth;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${max}.`, {
              nodes: [operation],
              // Apollo rewrites the code of every validation error; formatError restores ours from maxDepth.
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, maxDepth: max, depth },
            }),
          );
        }
      },
    };
  };
}
