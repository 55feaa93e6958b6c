import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Network } from "../../entities/network.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { Actor } from "../../entities/actor.interface";
import { MembershipStatus } from "../../entities/enums/membership-status.enum";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { membershipsByNetwork } from "../../src/loaders/network.loaders";
import { loadActor } from "../../src/loaders/actor.loaders";
import { distinctActors } from "./distinct-actors";

/** Who belongs to a network, and when. */
@Resolver(() => Network)
export class NetworkMembersResolver {
  @FieldResolver(() => [NetworkMembership], { description: "The memberships the sources attest, by start date (unknown starts last) then id; with `asOf`, only those that held on that day." })
  memberships(
    @Root() network: Network,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Arg("status", () => MembershipStatus, { nullable: true, description: "Only memberships with this status." }) status: MembershipStatus | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(membershipsByNetwork).load({ id: network.pk, args: { asOf: asOf ?? undefined, status: status ?? undefined } });
  }

  @FieldResolver(() => [Actor], { description: "The members (states and organisations), each once, in the order of `memberships`; with `asOf`, those that were members on that day." })
  async members(
    @Root() network: Network,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only actors that were members on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.loaders.get(membershipsByNetwork).load({ id: network.pk, args: { asOf: asOf ?? undefined, status: undefined } });
    return distinctActors(await Promise.all(rows.map((m) => loadActor(ctx, m.member))));
  }
}
