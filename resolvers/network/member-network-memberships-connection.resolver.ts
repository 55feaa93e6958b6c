import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { State } from "../../entities/state.entity";
import { Organisation } from "../../entities/organisation.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import type { LoaderDefinition } from "../../src/loaders/loader-registry";
import type { PartitionedKey } from "../../src/loaders/partitioned-pages.loaders";
import type { Page } from "../../src/pagination/connection.type";
import type { NetworkMembership } from "../../entities/network-membership.entity";
import { networkMembershipPagesByOrganisation, networkMembershipPagesByState } from "../../src/loaders/connection-pages.loaders";
import { NetworkMembershipConnection } from "./network-membership.connection";
import { PeriodOrder, PeriodOrderField } from "./period.order.input";

const DESCRIPTION = "A page of the network memberships the sources attest (the paged form of `networkMemberships`); default order: by start date, unknown starts last.";

function load(
  loader: LoaderDefinition<PartitionedKey<{ asOf?: string }>, Page<NetworkMembership>, string>,
  pk: number, page: ConnectionArgs, asOf: string | undefined, orderBy: PeriodOrder | undefined, ctx: Context, info: GraphQLResolveInfo,
) {
  const request = nestedPageRequest(page, orderBy?.field ?? PeriodOrderField.START_DATE, orderBy?.direction ?? OrderDirection.ASC);
  return ctx.loaders.get(loader).load({ id: pk, filter: asOf ? { asOf } : {}, page: request, include: selectsNodeField(info, "network") ? ["network"] : [] });
}

/** The paged form of `State.networkMemberships`. */
@Resolver(() => State)
export class StateNetworkMembershipsConnectionResolver {
  @FieldResolver(() => NetworkMembershipConnection, { description: DESCRIPTION })
  networkMembershipsConnection(
    @Root() state: State,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Arg("orderBy", () => PeriodOrder, { nullable: true, description: "How to sort (default: by start date, oldest first; DESC for newest first)." }) orderBy: PeriodOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return load(networkMembershipPagesByState, state.pk, page, asOf, orderBy, ctx, info);
  }
}

/** The paged form of `Organisation.networkMemberships`. */
@Resolver(() => Organisation)
export class OrganisationNetworkMembershipsConnectionResolver {
  @FieldResolver(() => NetworkMembershipConnection, { description: DESCRIPTION })
  networkMembershipsConnection(
    @Root() org: Organisation,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Arg("orderBy", () => PeriodOrder, { nullable: true, description: "How to sort (default: by start date, oldest first; DESC for newest first)." }) orderBy: PeriodOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return load(networkMembershipPagesByOrganisation, org.pk, page, asOf, orderBy, ctx, info);
  }
}
