import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Network } from "../../entities/network.entity";
import { MembershipStatus } from "../../entities/enums/membership-status.enum";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { membershipPagesByNetwork } from "../../src/loaders/connection-pages.loaders";
import { NetworkMembershipConnection } from "./network-membership.connection";
import { PeriodOrder, PeriodOrderField } from "./period.order.input";

/** The paged form of `Network.memberships`. */
@Resolver(() => Network)
export class NetworkMembershipsConnectionResolver {
  @FieldResolver(() => NetworkMembershipConnection, {
    description: "A page of the memberships the sources attest (the paged form of `memberships`); default order: by start date, unknown starts last. One statement per level for all networks.",
  })
  membershipsConnection(
    @Root() network: Network,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Arg("status", () => MembershipStatus, { nullable: true, description: "Only memberships with this status." }) status: MembershipStatus | undefined,
    @Arg("orderBy", () => PeriodOrder, { nullable: true, description: "How to sort (default: by start date, oldest first; DESC for newest first)." }) orderBy: PeriodOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = nestedPageRequest(page, orderBy?.field ?? PeriodOrderField.START_DATE, orderBy?.direction ?? OrderDirection.ASC);
    const filter: { asOf?: string; status?: MembershipStatus } = {};
    if (asOf) filter.asOf = asOf;
    if (status) filter.status = status;
    return ctx.loaders.get(membershipPagesByNetwork).load({ id: network.pk, filter, page: request, include: selectsNodeField(info, "member") ? ["member"] : [] });
  }
}
