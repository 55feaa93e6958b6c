import {
  coerceInputValue,
  GraphQLError,
  isInputType,
  Kind,
  typeFromAST,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from "graphql";
import { InvalidDateError } from "../scalars/local-date.scalar";

/**
 * A refused Date gets BAD_USER_INPUT naming the argument (`filter.from`), like every other bad
 * argument, whether it came as a literal or in a variable. graphql-js refuses it first (during
 * validation, or while coercing variables) and knows only the value's node or the variable; these
 * helpers find the argument it reaches in the document.
 */

/** Every argument value of a definition's fields, with its dotted name, down into input objects and lists. */
function* argumentValues(set: SelectionSetNode): Generator<[string, ValueNode]> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      for (const argument of selection.arguments ?? []) yield* valuesUnder(argument.name.value, argument.value);
      if (selection.selectionSet) yield* argumentValues(selection.selectionSet);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* argumentValues(selection.selectionSet);
    }
  }
}

function* valuesUnder(name: string, value: ValueNode): Generator<[string, ValueNode]> {
  yield [name, value];
  if (value.kind === Kind.OBJECT) for (const field of value.fields) yield* valuesUnder(`${name}.${field.name.value}`, field.value);
  else if (value.kind === Kind.LIST) for (const item of value.values) yield* valuesUnder(name, item);
}

/** The operation and every fragment: where an argument can be written. */
function definitions(document: DocumentNode, operation?: OperationDefinitionNode): (OperationDefinitionNode | FragmentDefinitionNode)[] {
  return document.definitions.filter(
    (d): d is OperationDefinitionNode | FragmentDefinitionNode =>
      d.kind === Kind.FRAGMENT_DEFINITION || (d.kind === Kind.OPERATION_DEFINITION && (!operation || d === operation)),
  );
}

/** The dotted name of the argument a literal value node belongs to, if it is in a field's arguments. */
export function argumentNameOfNode(document: DocumentNode, node: ASTNode): string | undefined {
  for (const definition of definitions(document)) {
    for (const [name, value] of argumentValues(definition.selectionSet)) if (value === node) return name;
  }
  return undefined;
}

/**
 * Validation found Date literals it refuses: name their arguments on the errors' InvalidDateError,
 * which formatError turns into BAD_USER_INPUT. Other validation errors are left as they are.
 */
export function nameInvalidDateLiterals(document: DocumentNode, errors: readonly Error[]): void {
  for (const error of errors) {
    if (!(error instanceof GraphQLError)) continue;
    const node = error.nodes?.[0];
    if (error.originalError instanceof InvalidDateError && node) error.originalError.argumentName = argumentNameOfNode(document, node);
  }
}

/** The first variable value the Date scalar refuses, with the argument it reaches (`filter.from` for `filter: $f`'s `from`). */
export function invalidDateVariable(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { argumentName: string; reason: string; node: VariableDefinitionNode } | undefined {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type) || !Object.hasOwn(variables, name)) continue;
    let found: { path: readonly (string | number)[]; error: InvalidDateError } | undefined;
    coerceInputValue(variables[name], type, (path, _value, error) => {
      if (!found && error.originalError instanceof InvalidDateError) found = { path, error: error.originalError };
    });
    if (!found) continue;
    const inner = found.path.filter((key): key is string => typeof key === "string").map((key) => `.${key}`).join("");
    return { argumentName: `${usageOf(document, operation, name) ?? `$${name}`}${inner}`, reason: found.error.reason, node: definition };
  }
  return undefined;
}

/** The dotted name of the first argument a variable is passed to. */
function usageOf(document: DocumentNode, operation: OperationDefinitionNode, variable: string): string | undefined {
  for (const definition of definitions(document, operation)) {
    for (const [name, value] of argumentValues(definition.selectionSet)) if (value.kind === Kind.VARIABLE && value.name.value === variable) return name;
  }
  return undefined;
}
