import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { TreatyAction } from "../../entities/treaty-action.entity";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyDeclaration } from "../../entities/treaty-declaration.entity";
import { Meeting } from "../../entities/meeting.entity";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { declarationsByAction, treatyProposalByPk } from "../../src/loaders/treaty.loaders";
import { meetingByPk } from "../../src/loaders/meeting.loaders";

@Resolver(() => TreatyAction)
export class TreatyActionResolver {
  @FieldResolver(() => TreatyProposal, { description: "The treaty acted on." })
  async treatyProposal(@Root() a: TreatyAction, @Ctx() ctx: Context): Promise<TreatyProposal> {
    // The foreign key is NOT NULL with ON DELETE CASCADE, so the row exists.
    return (await ctx.loaders.get(treatyProposalByPk).load(a.treatyProposalId)) as TreatyProposal;
  }

  @FieldResolver(() => Actor, { description: "The state or organisation that acted." })
  async actor(@Root() a: TreatyAction, @Ctx() ctx: Context) {
    return loadActor(ctx, a.actor);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting where the action took place (e.g. a signing conference); null when none is recorded." })
  meeting(@Root() a: TreatyAction, @Ctx() ctx: Context) {
    return a.meetingId == null ? null : ctx.loaders.get(meetingByPk).load(a.meetingId);
  }

  @FieldResolver(() => [TreatyDeclaration], { description: "Reservations, declarations and objections made with this action." })
  declarations(@Root() a: TreatyAction, @Ctx() ctx: Context) {
    return ctx.loaders.get(declarationsByAction).load({ id: a.pk, args: undefined });
  }
}
