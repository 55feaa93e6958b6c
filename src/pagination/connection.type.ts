import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./page-info.type";

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a paginated query returns; `totalCount` runs its COUNT only when a client asks for it. */
export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Builds the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T> | object, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: "An opaque cursor for paging from this item." })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}.` })
  class ConnectionTypeClass {
    @Field(() => [EdgeType], { description: "The items on this page, with cursors." })
    edges: EdgeType[];

    @Field(() => [nodeType], { description: "The items on this page, without cursors." })
    nodes: T[];

    @Field(() => PageInfo, { description: "Where this page sits in the whole list." })
    pageInfo: PageInfo;

    // At run time a promise (the COUNT runs only when asked for): `simple: false` keeps a resolver, see src/execution/plain-fields.ts.
    @Field(() => Int, { description: "How many items match the filter, across all pages.", simple: false })
    totalCount: number;
  }
  return ConnectionTypeClass;
}
