import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import type { Context } from "../../src/context";
import { participationsOfActorAt } from "../../src/loaders/attended-meeting-pages.loaders";
import { AttendedMeetingEdge } from "./attended-meeting.connection";

/** The actor's roles at the edge's meeting: one statement for every edge of the level. */
@Resolver(() => AttendedMeetingEdge)
export class AttendedMeetingEdgeResolver {
  @FieldResolver(() => [ParticipationRole], { description: "Every role the actor had at this meeting, in the order the source lists them (each role once)." })
  async roles(@Root() edge: AttendedMeetingEdge, @Ctx() ctx: Context): Promise<ParticipationRole[]> {
    const parts = await ctx.loaders.get(participationsOfActorAt).load(edge.at);
    return [...new Set(parts.map((p) => p.role))];
  }

  @FieldResolver(() => [MeetingParticipation], { description: "The actor's participations at this meeting, one per role, with level, person and sources." })
  participations(@Root() edge: AttendedMeetingEdge, @Ctx() ctx: Context): Promise<MeetingParticipation[]> {
    return ctx.loaders.get(participationsOfActorAt).load(edge.at);
  }
}
