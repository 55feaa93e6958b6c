import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Meeting } from "../../entities/meeting.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import type { Context } from "../../src/context";
import { meetingByPk } from "../../src/loaders/meeting.loaders";
import { announcementsByMeeting, meetingsByRealisedAs } from "../../src/loaders/planned-meeting.loaders";

/** Planned and announced meetings: the meeting that realised a plan, the plans a held meeting realised, and the passages that announced them. */
@Resolver(() => Meeting)
export class MeetingPlansResolver {
  @FieldResolver(() => Meeting, {
    nullable: true,
    description: "For a PLANNED meeting: the meeting that actually took place in its stead, which may differ in date or place (the R2P focal points' meeting announced for the first half of 2012 was held on 29 September 2012). Null for held meetings and for plans not known to have been realised.",
  })
  realisedAs(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.realisedAsId == null ? null : ctx.loaders.get(meetingByPk).load(m.realisedAsId);
  }

  @FieldResolver(() => [Meeting], {
    description: "For a held meeting: the plans or announcements of it (PLANNED meetings whose `realisedAs` is this one), each with the date and place as announced, earliest first. Empty when none is recorded.",
  })
  plannedAs(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.get(meetingsByRealisedAs).load({ id: m.pk, args: undefined });
  }

  @FieldResolver(() => [DocumentCommitment], {
    description: "The passages of kind ANNOUNCEMENT that concern this meeting, each with its document: for a PLANNED meeting, the announcement the plan comes from (\"The next meeting … will be held in the first half of 2012\"). Empty when none is recorded.",
  })
  announcedIn(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.get(announcementsByMeeting).load({ id: m.pk, args: undefined });
  }
}
