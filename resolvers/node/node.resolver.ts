import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Node } from "../../entities/node.interface";
import type { Context } from "../../src/context";
import { fromGlobalId } from "../../src/global-id";
import { loadNode } from "../../src/node-types";
import { MAX_LIST_ITEMS } from "../../src/input/input-limits";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when nothing has that id." })
  node(@Arg("id", () => ID, { description: "A global id, as returned in an `id` field." }) id: string, @Ctx() ctx: Context) {
    const parsed = fromGlobalId(id);
    return parsed ? loadNode(ctx, parsed.type, parsed.id) : null;
  }

  @Query(() => [Node], { nullable: "items", description: `Objects by global id, in the order asked; null for each id that matches nothing. At most ${MAX_LIST_ITEMS} ids.` })
  nodes(@Arg("ids", () => [ID], { description: "Global ids." }) ids: string[], @Ctx() ctx: Context) {
    // More than MAX_LIST_ITEMS ids never get here: src/input/argument-check.plugin.ts refuses them first.
    return Promise.all(ids.map((id) => this.node(id, ctx)));
  }
}
