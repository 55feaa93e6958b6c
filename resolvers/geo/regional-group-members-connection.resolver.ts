import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { RegionalGroup } from "../../entities/regional-group.entity";
import { RegionalGroupRole } from "../../entities/enums/regional-group-role.enum";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { nestedPageRequest } from "../../src/pagination/nested-page";
import { selectsNodeField } from "../../src/pagination/selects-node-field";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { memberPagesByRegionalGroup, type RegionalGroupMemberArgs } from "../../src/loaders/membership-pages.loaders";
import { RegionalGroupMembershipConnection } from "./regional-group-membership.connection";
import { RegionalGroupMemberOrder, RegionalGroupMemberOrderField } from "./regional-group-member.order.input";

/** The paged form of `RegionalGroup.members`. */
@Resolver(() => RegionalGroup)
export class RegionalGroupMembersConnectionResolver {
  @FieldResolver(() => RegionalGroupMembershipConnection, {
    description: "A page of the group's members in every role (or only `roles`) (the paged form of `members`); default order: by the state's name. One statement per level for all groups.",
  })
  membersConnection(
    @Root() group: RegionalGroup,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only places that held on this day." }) asOf: string | undefined,
    @Arg("roles", () => [RegionalGroupRole], { nullable: true, description: "Only these roles (e.g. OBSERVER)." }) roles: RegionalGroupRole[] | undefined,
    @Arg("orderBy", () => RegionalGroupMemberOrder, { nullable: true, description: "How to sort (default: by the state's name, A to Z; or by START_DATE; DESC reverses)." }) orderBy: RegionalGroupMemberOrder | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const request = nestedPageRequest(page, orderBy?.field ?? RegionalGroupMemberOrderField.STATE_NAME, orderBy?.direction ?? OrderDirection.ASC);
    const filter: RegionalGroupMemberArgs = {};
    if (asOf) filter.asOf = asOf;
    // Equal role sets share one statement, however the client spells them.
    if (roles) filter.roles = [...new Set(roles)].sort();
    return ctx.loaders.get(memberPagesByRegionalGroup).load({ id: group.pk, filter, page: request, include: selectsNodeField(info, "state") ? ["state"] : [] });
  }
}
