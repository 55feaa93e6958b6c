import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { State } from "../../entities/state.entity";
import { TreatyAction } from "../../entities/treaty-action.entity";
import type { Context } from "../../src/context";
import { treatyActionsByState } from "../../src/loaders/treaty.loaders";

@Resolver(() => State)
export class StateTreatyActionsResolver {
  @FieldResolver(() => [TreatyAction], { description: "What the state did about treaties (signatures, ratifications…), by date." })
  treatyActions(
    @Root() state: State,
    @Arg("treaty", () => String, { nullable: true, description: "Only actions on this treaty proposal (slug)." }) treaty: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(treatyActionsByState).load({ id: state.pk, args: { treaty: treaty ?? undefined } });
  }
}
