import { BREAK, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import type { CompiledQuery } from "graphql-jit";
import { compileOperation } from "./jit-compile";
import { variablesCoerceTwiceAsOnce } from "./variable-coercion";

/** How one operation runs: graphql-jit's compiled function (and its code size), or graphql-js's `execute` as before. */
export type ExecutionPlan = { kind: "jit"; compiled: CompiledQuery; codeBytes: number } | { kind: "graphql-js"; reason: string };

export const GRAPHQL_JS_FOR = (reason: string): ExecutionPlan => ({ kind: "graphql-js", reason });

/**
 * Compiles an operation once, or says why graphql-js runs it instead:
 * - only queries: the hub has no mutations or subscriptions (operation-type.rule refuses them), and
 *   graphql-jit's serial mutation path would be code the suite never runs;
 * - not introspection: tools send it once per session, there is nothing to gain, and graphql-js
 *   stays the reference for what `__schema` answers;
 * - not an operation with a variable that graphql-jit would coerce differently (variable-coercion.ts);
 * - not what graphql-jit refuses to compile (it answers with errors instead of a function);
 * - not a plan heavier than `maxCodeBytes`: one such plan would push most others out of the cache.
 */
export function planOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, maxCodeBytes: number): ExecutionPlan {
  if (operation.operation !== "query") return GRAPHQL_JS_FOR(`a ${operation.operation}`);
  if (asksIntrospection(document)) return GRAPHQL_JS_FOR("introspection");
  if (!variablesCoerceTwiceAsOnce(schema, operation)) return GRAPHQL_JS_FOR("a variable whose type graphql-jit would coerce differently");
  try {
    const compilation = compileOperation(schema, document, operation.name?.value);
    if ("error" in compilation) return GRAPHQL_JS_FOR(`not compiled: ${compilation.error}`);
    if (compilation.codeBytes > maxCodeBytes) return GRAPHQL_JS_FOR(`too large to keep compiled (${compilation.codeBytes} bytes of code)`);
    return { kind: "jit", ...compilation };
  } catch (error) {
    return GRAPHQL_JS_FOR(`compiler failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `__schema` or `__type` anywhere in the document (fragments included); `__typename` is ordinary. */
function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
