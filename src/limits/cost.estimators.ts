import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, Kind, type FieldNode, type GraphQLField, type GraphQLNamedType } from "graphql";
import type { ComplexityEstimator, ComplexityEstimatorArgs } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../pagination/paginate";
import { LIST_FANOUT, UNKNOWN_LIST_FANOUT } from "./list-fanout";
import { scalarFetches } from "./scalar-fetches";

/**
 * How many items one resolution of a list field may return: a connection's page size (`first`,
 * `last`, or the default page), `nodes(ids:)`'s ids, or a plain list's declared fan-out.
 */
function listBound(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (isConnection(getNamedType(field.type))) return Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
  if (Array.isArray(args.ids)) return args.ids.length;
  if (Array.isArray(args.representations)) return args.representations.length;
  return LIST_FANOUT[`${parent.name}.${field.name}`] ?? UNKNOWN_LIST_FANOUT;
}

const isConnection = (type: GraphQLNamedType) => type.name.endsWith("Connection");
/** Fields inside a connection (`nodes`, `edges`, `node`, `pageInfo`): already multiplied by the page size. */
const insideConnection = (parent: GraphQLNamedType) => isConnection(parent) || parent.name.endsWith("Edge");
const isList = (field: GraphQLField<unknown, unknown>) => isListType(getNullableType(field.type));

type Shape = "scalar" | "value" | "object" | "list" | "entities" | "connection" | "connection-item" | "introspection";

/** An object with no identity (PartialDate, PageInfo…): read from its parent's row, never fetched. */
const isValueObject = (type: GraphQLNamedType) => isObjectType(type) && !type.getInterfaces().some((i) => i.name === "Node");

function shapeOf({ type, field }: ComplexityEstimatorArgs): Shape {
  if (type.name.startsWith("__") || field.name.startsWith("__")) return "introspection";
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return "scalar";
  if (insideConnection(type)) return "connection-item";
  if (isConnection(named)) return "connection";
  if (field.name === "_entities") return "entities";
  if (isList(field)) return "list";
  return isValueObject(named) ? "value" : "object";
}

/**
 * Cost points: one per fetch a field may need, counted for every parent it may be resolved under.
 * A connection or plain list is one fetch per parent (plus one for `totalCount`); an object with an
 * identity (a `Node`) is one; value objects (dates, page info) and scalars are free, except a name in another UN language (scalar-fetches.ts). `networks(first: 5) { nodes { memberships(first: 10) { nodes { member { name } } } } }`
 * costs 1 + 5 × (1 + 10 × 1) = 56.
 */
export const costEstimator: ComplexityEstimator = (args) => {
  const shape = shapeOf(args);
  switch (shape) {
    case "introspection":
      return 0;
    case "scalar":
      return scalarFetches(args);
    case "connection-item":
    case "value":
      return args.childComplexity;
    case "object":
      return 1 + args.childComplexity;
    case "connection":
      return 1 + (selectsTotalCount(args.node) ? 1 : 0) + listBound(args.type, args.field, args.args) * args.childComplexity;
    case "entities":
      // A router's batch may name any mix of types and keys (a statement per type and key): each representation is a fetch.
      return 1 + listBound(args.type, args.field, args.args) * (1 + args.childComplexity);
    default:
      return 1 + listBound(args.type, args.field, args.args) * args.childComplexity;
  }
};

/** `totalCount` is one COUNT statement per connection, however large the page. */
const selectsTotalCount = (node: FieldNode) => node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "totalCount") ?? false;

/**
 * Objects the answer may hold: every object counts once, lists and connections multiply by their
 * bound. This is the "node limit" (GitHub caps it at 500,000); it bounds the answer's size.
 */
export const nodesEstimator: ComplexityEstimator = (args) => {
  switch (shapeOf(args)) {
    case "introspection":
    case "scalar":
      return 0;
    case "connection-item":
      return args.field.name === "pageInfo" ? 0 : 1 + args.childComplexity;
    case "value":
    case "object":
      return 1 + args.childComplexity;
    case "connection":
      return 1 + listBound(args.type, args.field, args.args) * args.childComplexity;
    default:
      return listBound(args.type, args.field, args.args) * (1 + args.childComplexity);
  }
};
