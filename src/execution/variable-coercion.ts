import { getNamedType, isEnumType, isInputObjectType, isScalarType, isSpecifiedScalarType, typeFromAST, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { LocalDate } from "../scalars/local-date.scalar";

/**
 * Custom scalars whose parseValue returns what it accepts, unchanged: the hub's Date (it checks
 * and returns the same string) and federation's scalars (identity). The built-in scalars qualify
 * too (an ID coerced once is a string, which coerces to itself).
 */
const IDEMPOTENT_SCALARS = new Set([LocalDate.name, "_Any", "federation__FieldSet", "link__Import"]);

/**
 * Whether the compiled query may be handed the variables graphql-js already coerced. It coerces
 * them once more, with its own code, which in graphql-jit 0.8.9 reports a non-null variable or
 * input field that has a default and was omitted as missing instead of applying the default
 * (`$code: String! = "GHA"`, `orderBy: { field: TITLE }` with `direction` defaulting to ASC).
 * graphql-js's values have every default filled in, so jit never meets an omission; but coercing
 * twice must then equal coercing once: true for the built-in scalars, the scalars above, and
 * enums whose values are their names. An enum mapped to other values (SearchType's names map to
 * class names) would be read by name a second time and refused: operations with such a variable
 * stay on graphql-js.
 */
export function variablesCoerceTwiceAsOnce(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const seen = new Set<string>();
  const safe = (type: GraphQLNamedType): boolean => {
    if (seen.has(type.name)) return true;
    seen.add(type.name);
    if (isScalarType(type)) return isSpecifiedScalarType(type) || IDEMPOTENT_SCALARS.has(type.name);
    if (isEnumType(type)) return type.getValues().every((v) => v.value === v.name);
    if (isInputObjectType(type)) return Object.values(type.getFields()).every((field) => safe(getNamedType(field.type)));
    return false;
  };
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type);
    return type !== undefined && safe(getNamedType(type));
  });
}
