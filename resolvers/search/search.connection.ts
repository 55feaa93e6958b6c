import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../src/pagination/page-info.type";
import { SearchHit } from "./search-hit.type";

@ObjectType({ description: "One search hit in a page, with its cursor." })
export class SearchEdge {
  @Field({ description: "An opaque cursor; pass it as `after` to continue after this hit." })
  cursor: string;

  @Field(() => SearchHit, { description: "The hit." })
  node: SearchHit;
}

@ObjectType({ description: "A page of search hits, best first." })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: "The hits on this page, with cursors." })
  edges: SearchEdge[];

  @Field(() => [SearchHit], { description: "The hits on this page, without cursors." })
  nodes: SearchHit[];

  @Field(() => PageInfo, { description: "Where this page sits in the whole list of hits." })
  pageInfo: PageInfo;

  // At run time a promise (counted only when asked for): `simple: false` keeps a resolver, see src/execution/plain-fields.ts.
  @Field(() => Int, { description: "How many objects match the query (and `types`), across all pages.", simple: false })
  totalCount: number;
}
