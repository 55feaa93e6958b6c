import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { RegionalGroup } from "../../entities/regional-group.entity";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { RegionalGroupRole } from "../../entities/enums/regional-group-role.enum";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { regionalGroupMembershipsByGroup } from "../../src/loaders/regional-group.loaders";

/**
 * A group's members and their count read the same batched list (one statement for both, per
 * `asOf`); roles are narrowed here, in memory, so asking for observers costs no extra statement.
 */
@Resolver(() => RegionalGroup)
export class RegionalGroupMembersResolver {
  @FieldResolver(() => [RegionalGroupMembership], { description: "The group's members in every role (or only `roles`), by state; with `asOf`, only places that held on that day." })
  async members(
    @Root() group: RegionalGroup,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only places that held on this day." }) asOf: string | undefined,
    @Arg("roles", () => [RegionalGroupRole], { nullable: true, description: "Only these roles (e.g. OBSERVER)." }) roles: RegionalGroupRole[] | undefined,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.loaders.get(regionalGroupMembershipsByGroup).load({ id: group.pk, args: { asOf: asOf ?? undefined } });
    return roles ? rows.filter((m) => roles.includes(m.role)) : rows;
  }

  @FieldResolver(() => Int, { description: "How many states have a place in the group, in any role; with `asOf`, on that day." })
  async memberCount(
    @Root() group: RegionalGroup,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Count places that held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.loaders.get(regionalGroupMembershipsByGroup).load({ id: group.pk, args: { asOf: asOf ?? undefined } });
    return rows.length;
  }
}
