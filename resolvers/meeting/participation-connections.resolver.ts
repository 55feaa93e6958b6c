import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Meeting } from "../../entities/meeting.entity";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import type { Context } from "../../src/context";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { participationPagesByMeeting } from "../../src/loaders/connection-pages.loaders";
import { MeetingParticipationConnection } from "./participation.connection";
import { MeetingParticipationOrder, MeetingParticipationOrderField } from "./participation.order.input";
import { participationArgs } from "./participation-args";
import { participationIncludes, participationPageRequest } from "./participation-page";

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
    const request = participationPageRequest(page, orderBy?.field ?? MeetingParticipationOrderField.LISTED, orderBy?.direction);
    return ctx.loaders.get(participationPagesByMeeting).load({ id: meeting.pk, filter: participationArgs(roles, status), page: request, include: participationIncludes(info) });
  }
}
