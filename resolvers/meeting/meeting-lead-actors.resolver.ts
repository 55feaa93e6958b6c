import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Meeting } from "../../entities/meeting.entity";
import { Actor } from "../../entities/actor.interface";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { participationsByMeeting } from "../../src/loaders/meeting.loaders";
import { participationArgs } from "./participation-args";

const HOST_ROLES: ParticipationRole[] = [ParticipationRole.HOST, ParticipationRole.CO_HOST];
/** One argument set for both fields, so `organisers` and `leadActors` together still cost one statement. */
const LEAD_ROLES = participationArgs([...HOST_ROLES, ParticipationRole.ORGANISER]);

/**
 * "Who organised this?" Some sources name hosts, others only organisers (the WPS network's 2016
 * launch names six organisers, Spain first, and no host), so `hosts` alone answers nothing there. `leadActors` gives a frontend one field that always answers the question.
 */
@Resolver(() => Meeting)
export class MeetingLeadActorsResolver {
  @FieldResolver(() => [Actor], { description: "The actors recorded in the ORGANISER role, in the order the source lists them (each actor once). Often empty when the source names hosts instead: see `leadActors`." })
  async organisers(@Root() m: Meeting, @Ctx() ctx: Context) {
    return actorsInRoles(ctx, m, [ParticipationRole.ORGANISER]);
  }

  @FieldResolver(() => [Actor], {
    description:
      "Who organised the meeting, for a frontend's \"organised by\": the hosts and co-hosts (as `hosts`) when the source names any, " +
      "otherwise the organisers (as `organisers`). Each actor once, in the order the source lists them; empty when the source names neither. " +
      "`participants(roles: …)` gives every role with its exact name.",
  })
  async leadActors(@Root() m: Meeting, @Ctx() ctx: Context) {
    const hosts = await actorsInRoles(ctx, m, HOST_ROLES);
    return hosts.length ? hosts : actorsInRoles(ctx, m, [ParticipationRole.ORGANISER]);
  }
}

/** The distinct actors of the meeting's participations in `roles`, read from the shared lead-roles batch. */
async function actorsInRoles(ctx: Context, m: Meeting, roles: ParticipationRole[]) {
  const rows = await ctx.loaders.get(participationsByMeeting).load({ id: m.pk, args: LEAD_ROLES });
  const actors = await Promise.all(rows.filter((row) => roles.includes(row.role)).map((row) => loadActor(ctx, row.actor)));
  return [...new Set(actors.filter((a) => a != null))];
}
