import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { RegionalGroup } from "../../entities/regional-group.entity";
import type { Context } from "../../src/context";
import { allRegionalGroups, regionalGroupByKey, regionalGroupByPk } from "../../src/loaders/regional-group.loaders";
import { registerNodeType } from "../../src/node-types";

registerNodeType("RegionalGroup", regionalGroupByPk);

@Resolver(() => RegionalGroup)
export class RegionalGroupResolver {
  @Query(() => RegionalGroup, { nullable: true, description: "A UN regional group by key (e.g. WESTERN_EUROPEAN_AND_OTHERS), case-insensitive; null when none matches." })
  regionalGroup(@Arg("key", { description: "The group's key: AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_AND_CARIBBEAN or WESTERN_EUROPEAN_AND_OTHERS." }) key: string, @Ctx() ctx: Context) {
    return ctx.loaders.get(regionalGroupByKey).load(key.trim().toUpperCase());
  }

  @Query(() => [RegionalGroup], { description: "The five UN regional groups, by key." })
  regionalGroups(@Ctx() ctx: Context) {
    return allRegionalGroups(ctx.ds);
  }
}
