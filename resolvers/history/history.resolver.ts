import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root, Arg } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Node } from "../../entities/node.interface";
import type { Context } from "../../src/context";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { historyPages } from "../../src/history/history.loaders";
import { changesFeed } from "../../src/history/changes-feed";
import { ChangeConnection } from "./change.types";

/** `history` on every Node (an interface field, inherited by each node type) and the root `changes` feed. */
@Resolver(() => Node)
export class HistoryResolver {
  @FieldResolver(() => ChangeConnection, {
    description: "The recorded changes to this object, newest first: who (the seed loader, or a partner), when, and the values before and after. One statement per level for all objects.",
  })
  history(@Root() node: Node, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const request = nestedPageRequest(page, "history", OrderDirection.DESC, true);
    // The GraphQL type, not the root's class: types that implement Node without extending it
    // (NetworkMembership, LeadershipTerm) reach this resolver as plain Node objects.
    return ctx.loaders.get(historyPages).load({ type: info.parentType.name, id: node.pk, page: request, viewer: ctx.viewer });
  }
}

@Resolver()
export class ChangesFeedResolver {
  @Query(() => ChangeConnection, {
    description:
      "Every recorded change the viewer may see, oldest first, for frontends that sync: send the `pageInfo.endCursor` of your last poll as `since` to get only what changed after it. An empty page keeps `endCursor` equal to `since`.",
  })
  changes(
    @Arg("since", () => String, { nullable: true, description: "The `pageInfo.endCursor` of the previous poll; omit to start from the first change." }) since: string | null | undefined,
    @Arg("types", () => [String], { nullable: true, description: "Only changes to objects of these types (GraphQL type names, e.g. `Meeting`, `State`)." }) types: string[] | null | undefined,
    @Arg("first", () => Int, { nullable: true, description: "How many changes to return (at most 100; default 20)." }) first: number | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return changesFeed(ctx.ds, ctx.viewer, { since, types, first });
  }
}
