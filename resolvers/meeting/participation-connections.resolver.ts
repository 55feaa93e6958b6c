import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Meeting } from "../../entities/meeting.entity";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import type { Context } from "../../src/context";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { participationPagesByMeeting } from "../../src/loaders/connection-pages.loaders";
import { MeetingParticipationConnection } from "./participation.connection";
import { MeetingParticipationOrder, MeetingParticipationOrderField } from "./participation.order.input";
import { participationArgs } from "./participation-args";

/** LISTED sorts by a position (a number), MEETING_START by a day (text). */
const pageRequest = (page: ConnectionArgs, field: MeetingParticipationOrderField, direction = OrderDirection.ASC) =>
  nestedPageRequest(page, field, direction, field === MeetingParticipationOrderField.LISTED);

/** The rows the client's selection will read next, loaded with the page (see `includes`). */
const included = (info: GraphQLResolveInfo) => ["actor", "meeting"].filter((name) => selectsNodeField(info, name));

/** The paged form of `Meeting.participants` (actors' paged lists are in actor-meetings.resolver.ts). */
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
