import type { DocumentNode, GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery, type CompilerOptions } from "graphql-jit";

export type Compilation = { compiled: CompiledQuery; codeBytes: number } | { error: string };

// graphql-jit attaches the generated source under this name when `debug` is set (an option its
// types do not list). Only its length is read, to weigh the plan (compiled-query.cache.ts).
const GENERATED_SOURCE = "__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation";

/**
 * Options: leaf values are still serialized by their scalar and enum types (disableLeafSerialization
 * off), so a bad Date or an enum's internal value fails or prints exactly as with graphql-js; no
 * JSON serializer of its own (customJSONSerializer off): Apollo writes the response; no stack
 * captured per error, since jit-errors.ts rebuilds each one as a graphql-js error anyway.
 * @include/@skip conditions are kept per response path: graphql-jit's default keeps them per AST
 * node, so one fragment spread at two paths under different conditions got both conditions at
 * both paths (a field missing from the answer; test/executor.test.ts has the case).
 */
const OPTIONS: Partial<CompilerOptions> & { debug: boolean } = {
  disablingCapturingStackErrors: true,
  useExperimentalPathBasedSkipInclude: true,
  debug: true,
};

/** Compiles one operation of a document, and says how much code that took. */
export function compileOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compilation {
  const compiled = compileQuery(schema, copyOfDocument(document), operationName, OPTIONS);
  if (!isCompiledQuery(compiled)) return { error: compiled.errors?.[0]?.message ?? "no reason given" };
  const source = (compiled as unknown as Record<string, unknown>)[GENERATED_SOURCE];
  delete (compiled as unknown as Record<string, unknown>)[GENERATED_SOURCE];
  // Should a release drop the debug source, weigh the plan as a large one rather than as nothing.
  return { compiled, codeBytes: typeof source === "string" ? source.length : 1_000_000 };
}

/**
 * graphql-jit writes its @include/@skip bookkeeping onto the AST nodes it compiles. Apollo keeps
 * one parsed document per query text and hands the same objects to every request and plugin, and
 * a document's operations share its fragments, so compiling another operation of it (or the same
 * one again after eviction) would add to conditions already written. It compiles a copy instead;
 * `loc` is shared, not copied, since graphql-jit only reads it (for error locations).
 */
function copyOfDocument<T>(node: T): T {
  if (Array.isArray(node)) return node.map(copyOfDocument) as T;
  if (node === null || typeof node !== "object") return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = key === "loc" ? value : copyOfDocument(value);
  return copy as T;
}
