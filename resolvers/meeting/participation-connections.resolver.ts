import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { State } from "../../entities/state.entity";
import { Meeting } from "../../entities/meeting.entity";
import { Organisation } from "../../entities/organisation.entity";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import type { Context } from "../../src/context";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { participationPagesByMeeting, participationPagesByOrganisation, participationPagesByState } from "../../src/loaders/connection-pages.loaders";
import { MeetingParticipationConnection } from "./participation.connection";
import { MeetingParticipationOrder, MeetingParticipationOrderField } from "./participation.order.input";
import { participationArgs } from "./participation-args";

/** LISTED sorts by a position (a number), MEETING_START by a day (text). */
const pageRequest = (page: ConnectionArgs, field: MeetingParticipationOrderField, direction = OrderDirection.ASC) =>
  nestedPageRequest(page, field, direction, field === MeetingParticipationOrderField.LISTED);

/** The rows the client's selection will read next, loaded with the page (see `includes`). */
const included = (info: GraphQLResolveInfo) => ["actor", "meeting"].filter((name) => selectsNodeField(info, name));

/** Paged participation lists, beside the plain `State.meetings` and `Meeting.participants`. */
@Resolver(() => State)
export class StateMeetingsConnectionResolver {
  @FieldResolver(() => MeetingParticipationConnection, {
    description: "A page of the state's parts in meetings (the paged form of `meetings`); default order: oldest meeting first. One statement per level for all states.",
  })
  meetingsConnection(
    @Root() state: State,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: "Only these roles (e.g. [HOST, CO_HOST] for the meetings it hosted)." }) roles: ParticipationRole[] | undefined,
    @Arg("orderBy", () => MeetingParticipationOrder, { nullable: true, description: "How to sort (default: by the meeting's start, oldest first; DESC for newest first)." }) orderBy: MeetingParticipationOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = pageRequest(page, orderBy?.field ?? MeetingParticipationOrderField.MEETING_START, orderBy?.direction);
    return ctx.loaders.get(participationPagesByState).load({ id: state.pk, filter: participationArgs(roles), page: request, include: included(info) });
  }
}

@Resolver(() => Meeting)
export class MeetingParticipantsConnectionResolver {
  @FieldResolver(() => MeetingParticipationConnection, {
    description: "A page of the meeting's participations (the paged form of `participants`); default order: as the source lists them. One statement per level for all meetings.",
  })
  participantsConnection(
    @Root() meeting: Meeting,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: "Only participations in these roles." }) roles: ParticipationRole[] | undefined,
    @Arg("status", () => ConfirmationStatus, { nullable: true, description: "Only confirmed, or only to-be-confirmed, participations." }) status: ConfirmationStatus | undefined,
    @Arg("orderBy", () => MeetingParticipationOrder, { nullable: true, description: "How to sort (default: LISTED, as the source lists them)." }) orderBy: MeetingParticipationOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = pageRequest(page, orderBy?.field ?? MeetingParticipationOrderField.LISTED, orderBy?.direction);
    return ctx.loaders.get(participationPagesByMeeting).load({ id: meeting.pk, filter: participationArgs(roles, status), page: request, include: included(info) });
  }
}

@Resolver(() => Organisation)
export class OrganisationMeetingsConnectionResolver {
  @FieldResolver(() => MeetingParticipationConnection, {
    description: "A page of the organisation's parts in meetings (the paged form of `meetings`); default order: oldest meeting first. One statement per level for all organisations.",
  })
  meetingsConnection(
    @Root() org: Organisation,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: "Only these roles (e.g. [HOST, CO_HOST] for the meetings it hosted)." }) roles: ParticipationRole[] | undefined,
    @Arg("orderBy", () => MeetingParticipationOrder, { nullable: true, description: "How to sort (default: by the meeting's start, oldest first; DESC for newest first)." }) orderBy: MeetingParticipationOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = pageRequest(page, orderBy?.field ?? MeetingParticipationOrderField.MEETING_START, orderBy?.direction);
    return ctx.loaders.get(participationPagesByOrganisation).load({ id: org.pk, filter: participationArgs(roles), page: request, include: included(info) });
  }
}
