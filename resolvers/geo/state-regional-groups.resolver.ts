import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { State } from "../../entities/state.entity";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { regionalGroupMembershipsByState } from "../../src/loaders/regional-group.loaders";

@Resolver(() => State)
export class StateRegionalGroupsResolver {
  @FieldResolver(() => [RegionalGroupMembership], { description: "The state's places in UN regional groups (role, dates); with `asOf`, only those that held on that day." })
  regionalGroups(
    @Root() state: State,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only places that held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(regionalGroupMembershipsByState).load({ id: state.pk, args: { asOf: asOf ?? undefined } });
  }
}
