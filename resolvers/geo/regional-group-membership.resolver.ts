import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { RegionalGroup } from "../../entities/regional-group.entity";
import { State } from "../../entities/state.entity";
import type { Context } from "../../src/context";
import { regionalGroupByPk } from "../../src/loaders/regional-group.loaders";
import { stateByPk } from "../../src/loaders/actor.loaders";

@Resolver(() => RegionalGroupMembership)
export class RegionalGroupMembershipResolver {
  @FieldResolver(() => RegionalGroup, { description: "The regional group." })
  group(@Root() m: RegionalGroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.get(regionalGroupByPk).load(m.groupId);
  }

  @FieldResolver(() => State, { description: "The state." })
  state(@Root() m: RegionalGroupMembership, @Ctx() ctx: Context) {
    return ctx.loaders.get(stateByPk).load(m.stateId);
  }
}
