import type { Context } from "../context";
import { entityKeysOf, isKeyValue } from "./entity-keys";

type Representation = { __typename?: unknown } & Record<string, unknown>;

/**
 * `Query._entities` and the `_Entity` union's type resolver, replacing @apollo/subgraph's generic
 * ones. Both do the same job (one lookup per representation, through this request's DataLoaders,
 * so a batch costs one statement per type and key); these differ where partners notice: a
 * representation of an unknown type, without a key, or with a key that matches nothing is null for
 * that entity instead of an error for the whole batch, and the rows DataLoader caches are not
 * tagged with `__typename` (a row's class is its GraphQL type, as for global ids).
 */
export function entitiesResolvers(entityTypes: ReadonlySet<string>) {
  const resolveEntity = (representation: Representation, ctx: Context): Promise<object | null> | null => {
    const typeName = representation?.__typename;
    if (typeof typeName !== "string" || !entityTypes.has(typeName)) return null;
    const key = entityKeysOf(typeName).find((k) => k.field in representation);
    const value = key && representation[key.field];
    return key && isKeyValue(value) ? key.load(ctx, value, typeName) : null;
  };
  return {
    Query: {
      _entities: (_root: unknown, args: { representations: Representation[] }, ctx: Context) => args.representations.map((r) => resolveEntity(r, ctx)),
    },
    _Entity: {
      __resolveType: (row: object) => row.constructor.name,
    },
  };
}
