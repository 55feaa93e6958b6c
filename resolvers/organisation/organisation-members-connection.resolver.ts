import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Organisation } from "../../entities/organisation.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { memberPagesByOrganisation } from "../../src/loaders/connection-pages.loaders";
import { OrganisationMembershipConnection } from "./organisation-membership.connection";
import { PeriodOrder, PeriodOrderField } from "../network/period.order.input";

/** The paged form of `Organisation.members`. */
@Resolver(() => Organisation)
export class OrganisationMembersConnectionResolver {
  @FieldResolver(() => OrganisationMembershipConnection, {
    description: "A page of the organisation's members (the paged form of `members`); default order: by start date, unknown starts last. One statement per level for all organisations.",
  })
  membersConnection(
    @Root() org: Organisation,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Arg("orderBy", () => PeriodOrder, { nullable: true, description: "How to sort (default: by start date, oldest first; DESC for newest first)." }) orderBy: PeriodOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = nestedPageRequest(page, orderBy?.field ?? PeriodOrderField.START_DATE, orderBy?.direction ?? OrderDirection.ASC);
    const filter = asOf ? { asOf } : {};
    return ctx.loaders.get(memberPagesByOrganisation).load({ id: org.pk, filter, page: request, include: selectsNodeField(info, "member") ? ["member"] : [] });
  }
}
