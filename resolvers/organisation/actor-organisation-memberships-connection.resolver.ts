import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { State } from "../../entities/state.entity";
import { Organisation } from "../../entities/organisation.entity";
import type { OrganisationMembership } from "../../entities/organisation-membership.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import type { Page } from "../../src/pagination/connection.type";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import type { LoaderDefinition } from "../../src/loaders/loader-registry";
import type { PartitionedKey } from "../../src/loaders/partitioned-pages.loaders";
import { organisationMembershipPagesByOrganisation, organisationMembershipPagesByState } from "../../src/loaders/membership-pages.loaders";
import { OrganisationMembershipConnection } from "./organisation-membership.connection";
import { PeriodOrder, PeriodOrderField } from "../network/period.order.input";

const ORDER_DESCRIPTION = "How to sort (default: by start date, oldest first, unknown starts last; DESC for newest first).";

function load(
  loader: LoaderDefinition<PartitionedKey<{ asOf?: string }>, Page<OrganisationMembership>, string>,
  pk: number, page: ConnectionArgs, asOf: string | undefined, orderBy: PeriodOrder | undefined, ctx: Context, info: GraphQLResolveInfo,
) {
  const request = nestedPageRequest(page, orderBy?.field ?? PeriodOrderField.START_DATE, orderBy?.direction ?? OrderDirection.ASC);
  const include = selectsNodeField(info, "organisation") ? ["organisation"] : [];
  return ctx.loaders.get(loader).load({ id: pk, filter: asOf ? { asOf } : {}, page: request, include });
}

/** The paged form of `State.organisations` (`<list>Connection`: the list is named `organisations`). */
@Resolver(() => State)
export class StateOrganisationsConnectionResolver {
  @FieldResolver(() => OrganisationMembershipConnection, {
    description: "A page of the state's memberships of regional and international organisations (the paged form of `organisations`); default order: by start date, unknown starts last. One statement per level for all states.",
  })
  organisationsConnection(
    @Root() state: State,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Arg("orderBy", () => PeriodOrder, { nullable: true, description: ORDER_DESCRIPTION }) orderBy: PeriodOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return load(organisationMembershipPagesByState, state.pk, page, asOf, orderBy, ctx, info);
  }
}

/** The paged form of `Organisation.memberships` (the organisation's own memberships of other organisations). */
@Resolver(() => Organisation)
export class OrganisationMembershipsConnectionResolver {
  @FieldResolver(() => OrganisationMembershipConnection, {
    description: "A page of the organisation's own memberships of other organisations (the paged form of `memberships`); default order: by start date, unknown starts last. One statement per level for all organisations.",
  })
  membershipsConnection(
    @Root() org: Organisation,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Arg("orderBy", () => PeriodOrder, { nullable: true, description: ORDER_DESCRIPTION }) orderBy: PeriodOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return load(organisationMembershipPagesByOrganisation, org.pk, page, asOf, orderBy, ctx, info);
  }
}
