import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyAction } from "../../entities/treaty-action.entity";
import { TreatyActionType } from "../../entities/enums/treaty-action-type.enum";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { actionsByTreaty } from "../../src/loaders/treaty.loaders";
import { actionsAsOf, partiesOf, signatoriesOf } from "./treaty-standing.derive";
import { TreatySignatory } from "./treaty-signatory.type";
import { TreatyParty } from "./treaty-party.type";

/** Actions on a treaty and the standing derived from them; every field here shares one batch. */
@Resolver(() => TreatyProposal)
export class TreatyProposalStandingResolver {
  private all(tp: TreatyProposal, ctx: Context): Promise<TreatyAction[]> {
    return ctx.loaders.get(actionsByTreaty).load(tp.pk);
  }

  @FieldResolver(() => [TreatyAction], { description: "What states and organisations did about the treaty (signature, ratification…), by date and then actor name." })
  async actions(
    @Root() tp: TreatyProposal,
    @Arg("types", () => [TreatyActionType], { nullable: true, description: "Only actions of these types." }) types: TreatyActionType[] | undefined,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only actions dated on or before this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<TreatyAction[]> {
    const actions = actionsAsOf(await this.all(tp, ctx), asOf);
    return types ? actions.filter((a) => types.includes(a.type)) : actions;
  }

  @FieldResolver(() => [TreatySignatory], { description: "Who signed, derived from the actions, in signature order; with `asOf`, those who had signed by that day." })
  async signatories(
    @Root() tp: TreatyProposal,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only signatures dated on or before this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<TreatySignatory[]> {
    return signatoriesOf(await this.all(tp, ctx), asOf);
  }

  @FieldResolver(() => [TreatyParty], { description: "Who is bound, derived from the actions (consent to be bound, not denounced since); with `asOf`, as of that day." })
  async parties(
    @Root() tp: TreatyProposal,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Judge standing on this day: only actions dated on or before it count." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<TreatyParty[]> {
    return partiesOf(await this.all(tp, ctx), asOf);
  }

  @FieldResolver(() => Int, { description: "How many states and organisations have signed (from the actions)." })
  async signatoryCount(@Root() tp: TreatyProposal, @Ctx() ctx: Context): Promise<number> {
    return signatoriesOf(await this.all(tp, ctx)).length;
  }

  @FieldResolver(() => Int, { description: "How many states and organisations are parties, counting every recorded action." })
  async partyCount(@Root() tp: TreatyProposal, @Ctx() ctx: Context): Promise<number> {
    return partiesOf(await this.all(tp, ctx)).length;
  }
}
