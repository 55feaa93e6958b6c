import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisation } from "../../entities/organisation.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { networkMembershipsByOrganisation } from "../../src/loaders/network.loaders";

@Resolver(() => Organisation)
export class OrganisationNetworkMembershipsResolver {
  @FieldResolver(() => [NetworkMembership], { description: "The organisation's network memberships the sources attest, by start date (unknown starts last); with `asOf`, only those that held on that day." })
  networkMemberships(
    @Root() organisation: Organisation,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(networkMembershipsByOrganisation).load({ id: organisation.pk, args: { asOf: asOf ?? undefined } });
  }
}
