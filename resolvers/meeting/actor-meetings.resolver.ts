import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Actor } from "../../entities/actor.interface";
import { State } from "../../entities/state.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import type { Context } from "../../src/context";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { participationsByOrganisation, participationsByState } from "../../src/loaders/meeting.loaders";
import { participationPagesByOrganisation, participationPagesByState } from "../../src/loaders/connection-pages.loaders";
import { attendedPagesByOrganisation, attendedPagesByState } from "../../src/loaders/attended-meeting-pages.loaders";
import { MeetingParticipationConnection } from "./participation.connection";
import { MeetingParticipationOrder, MeetingParticipationOrderField } from "./participation.order.input";
import { AttendedMeetingConnection } from "./attended-meeting.connection";
import { AttendedMeetingOrder } from "./attended-meeting.order.input";
import { participationArgs } from "./participation-args";
import { participationIncludes, participationPageRequest } from "./participation-page";

const ROLES = "Only these roles (e.g. [HOST, CO_HOST] for the meetings it hosted, [ORGANISER] for those it organised).";
const isState = (actor: Actor) => actor instanceof State;

/**
 * An actor's meetings, on the Actor interface so a client reaching a state or an organisation
 * through `Meeting.participants`, a document's authors or `node` asks the same way: `meetings`
 * and `meetingsConnection` list each part (one item per role), `attendedMeetings` each meeting once.
 */
@Resolver(() => Actor)
export class ActorMeetingsResolver {
  @FieldResolver(() => [MeetingParticipation], {
    description: "The actor's parts in meetings (hosted, co-hosted, organised, spoke, attended…), oldest meeting first: one item per role, so an actor that co-hosted and also spoke at a meeting appears twice. For each meeting once, with all its roles, use `attendedMeetings`.",
  })
  meetings(
    @Root() actor: Actor,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: ROLES }) roles: ParticipationRole[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(isState(actor) ? participationsByState : participationsByOrganisation).load({ id: actor.pk, args: participationArgs(roles) });
  }

  @FieldResolver(() => MeetingParticipationConnection, {
    description: "A page of the actor's parts in meetings (the paged form of `meetings`, one item per role); default order: oldest meeting first. One statement per level for all actors.",
  })
  meetingsConnection(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: ROLES }) roles: ParticipationRole[] | undefined,
    @Arg("orderBy", () => MeetingParticipationOrder, { nullable: true, description: "How to sort (default: by the meeting's start, oldest first; DESC for newest first)." }) orderBy: MeetingParticipationOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = participationPageRequest(page, orderBy?.field ?? MeetingParticipationOrderField.MEETING_START, orderBy?.direction);
    const loader = isState(actor) ? participationPagesByState : participationPagesByOrganisation;
    return ctx.loaders.get(loader).load({ id: actor.pk, filter: participationArgs(roles), page: request, include: participationIncludes(info) });
  }

  @FieldResolver(() => AttendedMeetingConnection, {
    description: "A page of the meetings the actor took part in, in any role, EACH MEETING ONCE: an actor that co-hosted a meeting and also spoke there is one edge whose `roles` are [CO_HOST, PARTICIPANT]. Default order: oldest meeting first. One statement per level for all actors, and one more for the edges' roles.",
  })
  async attendedMeetings(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: `${ROLES} A meeting is listed when the actor had at least one of them there; its edge still shows every role the actor had.` }) roles: ParticipationRole[] | undefined,
    @Arg("orderBy", () => AttendedMeetingOrder, { nullable: true, description: "How to sort (default: by the meeting's start, oldest first; DESC for newest first)." }) orderBy: AttendedMeetingOrder | undefined,
    @Ctx() ctx: Context,
  ) {
    const request = nestedPageRequest(page, "MEETING_START", orderBy?.direction ?? OrderDirection.ASC);
    const state = isState(actor);
    const result = await ctx.loaders.get(state ? attendedPagesByState : attendedPagesByOrganisation).load({ id: actor.pk, filter: participationArgs(roles), page: request });
    return new AttendedMeetingConnection(result, { column: state ? "state_id" : "organisation_id", actor: actor.pk });
  }
}
