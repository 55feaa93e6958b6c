import {
  BREAK,
  getArgumentValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
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
 * It walks the document once and the values along their input types, never the raw JSON, so a
 * deeply nested variable costs no more than its type allows. Stops at the first problem found.
 */
export function findInArguments<T>(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  visitor: ArgumentVisitor<T>,
): T | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: T | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!node.arguments?.length || !field) return undefined;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(field, node, variables);
        } catch {
          return undefined; // execution reports it, with graphql-js's own message
        }
        for (const arg of field.args) {
          if (!(arg.name in values)) continue;
          found = walkValue(arg.name, values[arg.name], arg.type, node, visitor);
          if (found !== undefined) return BREAK;
        }
        return undefined;
      },
      // Directive arguments (@include(if:), @skip(if:)) are booleans: nothing to check.
      Directive: () => false,
    }),
  );
  return found;
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
