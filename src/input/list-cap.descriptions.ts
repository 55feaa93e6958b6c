import { isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, type GraphQLInputType, type GraphQLSchema } from "graphql";
import { MAX_LIST_ITEMS } from "./input-limits";

const CAP = `At most ${MAX_LIST_ITEMS} items.`;

function isList(type: GraphQLInputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function withCap(description: string | null | undefined): string {
  if (description?.endsWith(CAP)) return description;
  return description ? `${description.trimEnd()} ${CAP}` : CAP;
}

/**
 * Says the list cap (enforced for every argument by argument-check.plugin.ts) in the description of
 * every list argument and list input field, so the published schema states it wherever it applies,
 * including on arguments added later.
 */
export function describeListCaps(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) if (isList(arg.type)) arg.description = withCap(arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (isList(field.type)) field.description = withCap(field.description);
    }
  }
}
