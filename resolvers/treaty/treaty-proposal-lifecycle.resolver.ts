import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyMilestone } from "../../entities/treaty-milestone.entity";
import { PartialDate } from "../../entities/partial-date.embedded";
import { TreatyStage } from "../../entities/enums/treaty-stage.enum";
import type { Context } from "../../src/context";
import { milestonesByTreaty } from "../../src/loaders/treaty.loaders";
import { todayIso } from "../../src/queries/treaty.query";

/** The treaty's lifecycle: its dated milestones, and what derives from them. */
@Resolver(() => TreatyProposal)
export class TreatyProposalLifecycleResolver {
  private milestones(tp: TreatyProposal, ctx: Context): Promise<TreatyMilestone[]> {
    return ctx.loaders.get(milestonesByTreaty).load({ id: tp.pk, args: undefined });
  }

  @FieldResolver(() => [TreatyMilestone], { name: "milestones", description: "The dated stages of the treaty's life, each linked to its meeting, by start." })
  milestoneList(@Root() tp: TreatyProposal, @Ctx() ctx: Context) {
    return this.milestones(tp, ctx);
  }

  @FieldResolver(() => TreatyStage, { nullable: true, description: "The stage of the latest milestone that began on or before today; null before the first." })
  async currentStage(@Root() tp: TreatyProposal, @Ctx() ctx: Context): Promise<TreatyStage | null> {
    const today = todayIso();
    const begun = (await this.milestones(tp, ctx)).filter((m) => m.start != null && m.start.earliest <= today);
    return begun.length ? begun[begun.length - 1].stage : null;
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: "When the text was adopted (the start of the ADOPTED milestone); null while it is not." })
  async adopted(@Root() tp: TreatyProposal, @Ctx() ctx: Context): Promise<PartialDate | null> {
    const milestone = (await this.milestones(tp, ctx)).find((m) => m.stage === TreatyStage.ADOPTED);
    return milestone?.start ?? null;
  }
}
