import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Meeting } from "../../entities/meeting.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { Actor } from "../../entities/actor.interface";
import { Person } from "../../entities/person.entity";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { meetingByPk } from "../../src/loaders/meeting.loaders";
import { personByPk } from "../../src/loaders/person.loaders";

@Resolver(() => MeetingParticipation)
export class MeetingParticipationResolver {
  @FieldResolver(() => Meeting, { description: "The meeting." })
  meeting(@Root() p: MeetingParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.get(meetingByPk).load(p.meetingId);
  }

  @FieldResolver(() => Actor, { description: "The state or organisation that took part." })
  actor(@Root() p: MeetingParticipation, @Ctx() ctx: Context) {
    return loadActor(ctx, p.actor);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person who represented the actor, when the sources name one." })
  person(@Root() p: MeetingParticipation, @Ctx() ctx: Context) {
    return p.personId == null ? null : ctx.loaders.get(personByPk).load(p.personId);
  }
}
