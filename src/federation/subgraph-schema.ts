import { buildSubgraphSchema } from "@apollo/subgraph";
import { graphql, isObjectType, type GraphQLSchema } from "graphql";
import { createResolversMap } from "type-graphql";
import { createSchema, SCHEMA_BANNER } from "../schema";
import { MAX_ENTITY_REPRESENTATIONS } from "../input/input-limits";
import { entitiesResolvers } from "./entities.resolver";
import { subgraphTypeDefs } from "./subgraph-typedefs";

export interface SubgraphSchema {
  /** What `/graphql` serves: the public schema plus `_service`, `_entities` and the federation types. */
  schema: GraphQLSchema;
  /** The subgraph SDL `_service { sdl }` returns (committed as schema/subgraph.graphql). */
  sdl: string;
}

/** The types partners can join on: every object type with a global id. */
export function entityTypesOf(schema: GraphQLSchema): Set<string> {
  return new Set(Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === "Node")).map((t) => t.name));
}

/**
 * The hub's graph as a Federation 2 subgraph (type-graphql's own federation pattern): type-graphql
 * builds the schema from the classes, its SDL gains the federation directives, and @apollo/subgraph
 * rebuilds it with type-graphql's resolvers put back unchanged (createResolversMap hands over the
 * very resolver functions; buildSubgraphSchema assigns them, it wraps none), so normal queries run
 * the same code as before. Keys live in src/federation/entity-keys.ts, not on the entity classes,
 * so the SDL and the `_entities` resolver read one table.
 */
export async function createSubgraphSchema(publicSchema?: GraphQLSchema): Promise<SubgraphSchema> {
  const source = publicSchema ?? (await createSchema());
  const entityTypes = entityTypesOf(source);
  const resolvers = createResolversMap(source) as Record<string, object>;
  const entities = entitiesResolvers(entityTypes);
  const schema = buildSubgraphSchema({
    typeDefs: subgraphTypeDefs(source, entityTypes),
    resolvers: { ...resolvers, ...entities, Query: { ...resolvers.Query, ...entities.Query } } as never,
  });
  const sdl = await serviceSdl(schema);
  describeFederationFields(schema);
  return { schema, sdl };
}

/**
 * @apollo/subgraph adds `_service` and `_entities` without descriptions; introspection shows them
 * to every client, so they get one like every other field (not part of the SDL: routers know them).
 */
function describeFederationFields(schema: GraphQLSchema): void {
  const fields = schema.getQueryType()!.getFields();
  fields._service.description = "This subgraph's SDL with its federation directives, for composing a supergraph (Apollo Router, Hive Gateway, `npm run compose`).";
  fields._entities.description = "Entities by key, for a federation router: one per representation, in order; null for each that matches nothing.";
  fields._entities.args[0].description = `Representations such as \`{ __typename: "State", alpha3: "FRA" }\`, by any \`@key\` of the type. At most ${MAX_ENTITY_REPRESENTATIONS} items.`;
}

let shared: Promise<SubgraphSchema> | undefined;

/**
 * One subgraph schema per process (it holds no state: every request brings its own context), so
 * several hubs in one process (tests, gateway mode) pay the half-second build once.
 */
export function hubSubgraphSchema(): Promise<SubgraphSchema> {
  shared ??= createSubgraphSchema();
  shared.catch(() => (shared = undefined));
  return shared;
}

/** Asks the schema itself, so the committed file is byte for byte what partners and routers receive. */
async function serviceSdl(schema: GraphQLSchema): Promise<string> {
  const result = await graphql({ schema, source: "{ _service { sdl } }" });
  const sdl = (result.data as { _service?: { sdl?: string } } | null | undefined)?._service?.sdl;
  if (!sdl) throw new Error(`the subgraph schema did not return its SDL: ${JSON.stringify(result.errors)}`);
  return sdl;
}

/** The file committed as schema/subgraph.graphql: the `_service` SDL (sorted like schema.graphql) under the same banner. */
export function printSubgraphSdl(sdl: string): string {
  return SCHEMA_BANNER + sdl + "\n";
}
