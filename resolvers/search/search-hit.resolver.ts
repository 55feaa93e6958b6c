import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Node } from "../../entities/node.interface";
import type { Context } from "../../src/context";
import { loadNode } from "../../src/node-types";
import { SearchHit } from "./search-hit.type";

/** A hit's object, through the node loaders: one batched statement per type on the page, not one per hit. */
@Resolver(() => SearchHit)
export class SearchHitResolver {
  @FieldResolver(() => Node, { description: "The object found." })
  node(@Root() hit: SearchHit, @Ctx() ctx: Context) {
    return loadNode(ctx, hit.subjectType, hit.subjectId);
  }
}
