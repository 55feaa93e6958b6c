import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisation } from "../../entities/organisation.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import type { Context } from "../../src/context";
import { participationsByOrganisation } from "../../src/loaders/meeting.loaders";
import { participationArgs } from "./participation-args";

@Resolver(() => Organisation)
export class OrganisationMeetingsResolver {
  @FieldResolver(() => [MeetingParticipation], { description: "The organisation's parts in meetings (hosted, organised, spoke, attended…), oldest meeting first." })
  meetings(
    @Root() org: Organisation,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: "Only these roles (e.g. [IN_ASSOCIATION_WITH])." }) roles: ParticipationRole[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(participationsByOrganisation).load({ id: org.pk, args: participationArgs(roles) });
  }
}
