import { Kind, lexicographicSortSchema, parse, printSchema, visit, type ConstDirectiveNode, type DocumentNode, type GraphQLSchema } from "graphql";
import { entityKeysOf } from "./entity-keys";

/** The Federation version the hub links to: 2.3 is understood by every current router and gateway. */
export const FEDERATION_SPEC_URL = "https://specs.apollo.dev/federation/v2.3";

/**
 * Value types partners are expected to define too (a partner's dates and pages): `@shareable`, so
 * composition accepts the same type resolved by several subgraphs. Adding one is additive.
 */
export const SHAREABLE_TYPES: readonly string[] = ["PageInfo", "PartialDate"];

const directive = (name: string, args: Record<string, string> = {}): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: name },
  arguments: Object.entries(args).map(([arg, value]) => ({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: arg }, value: { kind: Kind.STRING, value } })),
});

/**
 * The hub's schema as subgraph type definitions: the public SDL (sorted, every description kept)
 * with the Federation link, a `@key` per entity key and `@shareable` on shared value types. The
 * keys come from the same table the `_entities` resolver uses, so the SDL cannot promise a key the
 * hub cannot resolve. `entityTypes` are the `Node` types.
 */
export function subgraphTypeDefs(schema: GraphQLSchema, entityTypes: ReadonlySet<string>): DocumentNode {
  const document = visit(parse(printSchema(lexicographicSortSchema(schema))), {
    ObjectTypeDefinition(node) {
      const added = entityTypes.has(node.name.value)
        ? entityKeysOf(node.name.value).map((key) => directive("key", { fields: key.field }))
        : SHAREABLE_TYPES.includes(node.name.value)
          ? [directive("shareable")]
          : [];
      return added.length ? { ...node, directives: [...(node.directives ?? []), ...added] } : undefined;
    },
  });
  const link = parse(`extend schema @link(url: "${FEDERATION_SPEC_URL}", import: ["@key", "@shareable"])`);
  return { ...document, definitions: [...link.definitions, ...document.definitions] };
}
