import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Network } from "../../entities/network.entity";
import { NetworkFounder } from "../../entities/network-founder.entity";
import { Meeting } from "../../entities/meeting.entity";
import type { Context } from "../../src/context";
import { chaptersByNetwork, foundersByNetwork, networkByPk } from "../../src/loaders/network.loaders";
import { meetingByPk } from "../../src/loaders/meeting.loaders";

/** How a network is put together: its parent, chapters, launch and founders. */
@Resolver(() => Network)
export class NetworkStructureResolver {
  @FieldResolver(() => Network, { nullable: true, description: "The network this one is a chapter of; null for a network that is not a chapter." })
  parent(@Root() network: Network, @Ctx() ctx: Context) {
    return network.parentId == null ? null : ctx.loaders.get(networkByPk).load(network.parentId);
  }

  @FieldResolver(() => [Network], { description: "The network's chapters (e.g. the Group of Friends' New York and Geneva chapters), by name." })
  chapters(@Root() network: Network, @Ctx() ctx: Context) {
    return ctx.loaders.get(chaptersByNetwork).load({ id: network.pk, args: undefined });
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting at which the network was launched, when known." })
  launchMeeting(@Root() network: Network, @Ctx() ctx: Context) {
    return network.launchMeetingId == null ? null : ctx.loaders.get(meetingByPk).load(network.launchMeetingId);
  }

  @FieldResolver(() => [NetworkFounder], { description: "The states and organisations that founded or launched the network, in the sources' order." })
  founders(@Root() network: Network, @Ctx() ctx: Context) {
    return ctx.loaders.get(foundersByNetwork).load({ id: network.pk, args: undefined });
  }
}
