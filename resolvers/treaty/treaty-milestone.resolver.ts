import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { TreatyMilestone } from "../../entities/treaty-milestone.entity";
import { Meeting } from "../../entities/meeting.entity";
import type { Context } from "../../src/context";
import { meetingByPk } from "../../src/loaders/meeting.loaders";

@Resolver(() => TreatyMilestone)
export class TreatyMilestoneResolver {
  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting where this step happened; null when none is recorded." })
  meeting(@Root() m: TreatyMilestone, @Ctx() ctx: Context) {
    return m.meetingId == null ? null : ctx.loaders.get(meetingByPk).load(m.meetingId);
  }
}
