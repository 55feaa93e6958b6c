import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Meeting } from "../../entities/meeting.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { Actor } from "../../entities/actor.interface";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { participationsByMeeting } from "../../src/loaders/meeting.loaders";
import { participationArgs } from "./participation-args";

const HOST_ROLES = [ParticipationRole.CO_HOST, ParticipationRole.HOST];

/** Who took part in a meeting, and in what role. */
@Resolver(() => Meeting)
export class MeetingParticipantsResolver {
  @FieldResolver(() => [MeetingParticipation], { description: "The actors that took part, in the order the source lists them, with role, level, person and confirmation status." })
  participants(
    @Root() m: Meeting,
    @Arg("roles", () => [ParticipationRole], { nullable: true, description: "Only participations in these roles." }) roles: ParticipationRole[] | undefined,
    @Arg("status", () => ConfirmationStatus, { nullable: true, description: "Only confirmed, or only to-be-confirmed, participations." }) status: ConfirmationStatus | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(participationsByMeeting).load({ id: m.pk, args: participationArgs(roles, status) });
  }

  @FieldResolver(() => [Actor], { description: "The hosts and co-hosts, in the order the source lists them (each actor once)." })
  async hosts(@Root() m: Meeting, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.get(participationsByMeeting).load({ id: m.pk, args: participationArgs(HOST_ROLES) });
    const actors = await Promise.all(rows.map((row) => loadActor(ctx, row.actor)));
    return [...new Set(actors.filter((a) => a != null))];
  }
}
