import { execute, getVariableValues, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { CompiledQueryCache } from "./compiled-query.cache";
import { planOperation, type ExecutionPlan } from "./execution-plan";
import { asGraphqlJsError } from "./jit-errors";

/** What Apollo hands an executor for one request, already parsed, validated and past every plugin's checks. */
export interface OperationToRun {
  document: DocumentNode;
  /** The operation Apollo resolved; undefined when the document names none usable (graphql-js reports why). */
  operation: OperationDefinitionNode | undefined;
  /** Apollo's sha256 of the query text (the APQ hash for persisted queries). */
  queryHash: string;
  /** The operation name as the client sent it. */
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  contextValue: unknown;
}

export type OperationExecutor = (operation: OperationToRun) => Promise<ExecutionResult>;

export interface JitExecutorOptions {
  /** Compiled operations kept; see compiled-query.cache.ts for why a few hundred is plenty. */
  maxEntries?: number;
  /** Bytes of generated code kept across all of them (heap: 1-3 bytes per byte of code). */
  maxCodeBytes?: number;
  /**
   * Runs with graphql-js before an operation is compiled. Compiling costs more than validating:
   * about 1-8 ms for a partner's query and 40-60 ms for a 3,000-token one, against 2-5 ms to
   * validate it. A document sent once (an explorer session, a generated or hostile query) is
   * cheaper to run as before; one that comes back is a client's and pays compilation once.
   */
  compileAfter?: number;
  /** Told once per operation planned: compiled, or why graphql-js keeps running it. */
  onPlan?: (operationName: string | undefined, plan: ExecutionPlan) => void;
}

export const DEFAULT_COMPILED_QUERIES = 500;
// About 20-45 MiB of heap at most; the partner's nested query takes 60 KB of it.
export const DEFAULT_MAX_CODE_BYTES = 16 * 1024 * 1024;
export const DEFAULT_COMPILE_AFTER = 1;

/**
 * Runs operations through graphql-jit: an operation is compiled into a function that walks the
 * selection without graphql-js's per-field bookkeeping (field collection, argument coercion, path
 * and info objects, a promise per object), which profiles of the large nested pages showed as the
 * biggest share of CPU and garbage left. What it should not or cannot compile runs through
 * graphql-js's `execute` exactly as before; that decision is kept like a compiled function.
 * Resolvers and the context (so the loaders, statement counts and deadline) are the same objects.
 */
export function createJitExecutor(schema: GraphQLSchema, options: JitExecutorOptions = {}): OperationExecutor {
  const compileAfter = options.compileAfter ?? DEFAULT_COMPILE_AFTER;
  const maxEntries = options.maxEntries ?? DEFAULT_COMPILED_QUERIES;
  const maxCodeBytes = options.maxCodeBytes ?? DEFAULT_MAX_CODE_BYTES;
  const plans = new CompiledQueryCache<ExecutionPlan>({ maxEntries, maxWeight: maxCodeBytes });
  // Runs so far of operations not compiled yet, apart: documents sent once never push plans out.
  const sightings = new CompiledQueryCache<number>({ maxEntries: 2 * maxEntries, maxWeight: Infinity });
  const planFor = (op: OperationToRun & { operation: OperationDefinitionNode }): ExecutionPlan | undefined => {
    const key = `${op.queryHash}\u0000${op.operation.name?.value ?? ""}`;
    const known = plans.get(key);
    if (known) return known;
    const runs = sightings.get(key) ?? 0;
    if (runs < compileAfter) {
      sightings.set(key, runs + 1);
      return undefined;
    }
    // One plan may take an eighth of the budget: a larger one would push most others out.
    const plan = planOperation(schema, op.document, op.operation, maxCodeBytes / 8);
    plans.set(key, plan, plan.kind === "jit" ? plan.codeBytes : 0);
    options.onPlan?.(op.operation.name?.value, plan);
    return plan;
  };
  return async (op) => {
    const plan = op.operation && !fieldsInstrumented(op.contextValue) ? planFor({ ...op, operation: op.operation }) : undefined;
    if (plan?.kind !== "jit") return runWithGraphqlJs(schema, op);
    // graphql-js coerces the variables: its messages, and the AST nodes Apollo needs to tag them
    // BAD_USER_INPUT with HTTP 400, are what clients get today (graphql-jit's own coercion words
    // them differently and keeps no nodes), and its values carry every default, which graphql-jit
    // would miss (variable-coercion.ts). The compiled query coerces those values once more, harmlessly.
    const coerced = getVariableValues(schema, op.operation!.variableDefinitions ?? [], op.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await plan.compiled.query(undefined, op.contextValue, coerced.coerced);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };
}

/**
 * Apollo marks the context when a plugin hooks every field of this request (`willResolveField`:
 * the inline trace a federation router asks for with `apollo-federation-include-trace: ftv1`) and
 * wraps the schema's resolvers to call it. A compiled plan reads plain fields inline and would
 * leave them out of the trace, so such a request runs on graphql-js, as without EXECUTOR=jit.
 */
function fieldsInstrumented(contextValue: unknown): boolean {
  return typeof contextValue === "object" && contextValue !== null && Object.getOwnPropertySymbols(contextValue).some((s) => s.description === "apolloServerExecutionDispatcherWillResolveField");
}

/** What Apollo Server runs when no gateway is set (the hub sets no rootValue or fieldResolver). */
async function runWithGraphqlJs(schema: GraphQLSchema, op: OperationToRun): Promise<ExecutionResult> {
  return execute({ schema, document: op.document, contextValue: op.contextValue, variableValues: op.variables, operationName: op.operationName });
}
