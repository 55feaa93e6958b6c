import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisation } from "../../entities/organisation.entity";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { membershipsByOrganisation, organisationMembershipsByMemberOrganisation } from "../../src/loaders/organisation.loaders";

/** Both directions of organisation membership: who belongs to it, and what it belongs to. */
@Resolver(() => Organisation)
export class OrganisationMembersResolver {
  @FieldResolver(() => [OrganisationMembership], { description: "The organisation's members (states and organisations), earliest first; with `asOf`, only those that were members on that day." })
  members(
    @Root() org: Organisation,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(membershipsByOrganisation).load({ id: org.pk, args: { asOf: asOf ?? undefined } });
  }

  @FieldResolver(() => [OrganisationMembership], { description: "The organisation's own memberships of other organisations (the EU in the Union for the Mediterranean); with `asOf`, only those that held on that day." })
  memberships(
    @Root() org: Organisation,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(organisationMembershipsByMemberOrganisation).load({ id: org.pk, args: { asOf: asOf ?? undefined } });
  }
}
