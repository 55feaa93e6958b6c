import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Meeting } from "../../entities/meeting.entity";
import { Network } from "../../entities/network.entity";
import { State } from "../../entities/state.entity";
import type { Context } from "../../src/context";
import { stateByPk } from "../../src/loaders/actor.loaders";
import { meetingByPk, meetingsByFollowUpOf, meetingsByParent } from "../../src/loaders/meeting.loaders";
import { networkByPk } from "../../src/loaders/network.loaders";

/** Where a meeting was held and how it relates to other meetings and to its network. */
@Resolver(() => Meeting)
export class MeetingLinksResolver {
  @FieldResolver(() => State, { nullable: true, description: "The country it was held in; null for virtual meetings or when the sources do not say." })
  country(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.countryId == null ? null : ctx.loaders.get(stateByPk).load(m.countryId);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The network whose meeting this was; null when it belongs to none." })
  network(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.networkId == null ? null : ctx.loaders.get(networkByPk).load(m.networkId);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The larger meeting this one was part of (e.g. a session within a conference)." })
  parent(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.parentId == null ? null : ctx.loaders.get(meetingByPk).load(m.parentId);
  }

  @FieldResolver(() => [Meeting], { description: "The meetings held as part of this one, oldest first." })
  children(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.get(meetingsByParent).load({ id: m.pk, args: undefined });
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The earlier meeting this one followed up on." })
  followUpOf(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.followUpOfId == null ? null : ctx.loaders.get(meetingByPk).load(m.followUpOfId);
  }

  @FieldResolver(() => [Meeting], { description: "The later meetings that followed up on this one, oldest first." })
  followUps(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.get(meetingsByFollowUpOf).load({ id: m.pk, args: undefined });
  }
}
