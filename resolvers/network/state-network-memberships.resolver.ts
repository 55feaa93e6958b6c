import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { State } from "../../entities/state.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { networkMembershipsByState } from "../../src/loaders/network.loaders";

@Resolver(() => State)
export class StateNetworkMembershipsResolver {
  @FieldResolver(() => [NetworkMembership], { description: "The state's network memberships the sources attest, by start date (unknown starts last); with `asOf`, only those that held on that day." })
  networkMemberships(
    @Root() state: State,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(networkMembershipsByState).load({ id: state.pk, args: { asOf: asOf ?? undefined } });
  }
}
