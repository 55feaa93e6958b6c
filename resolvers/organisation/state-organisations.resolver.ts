import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { State } from "../../entities/state.entity";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import type { Context } from "../../src/context";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { organisationMembershipsByState } from "../../src/loaders/organisation.loaders";

@Resolver(() => State)
export class StateOrganisationsResolver {
  @FieldResolver(() => [OrganisationMembership], { description: "The state's memberships of regional and international organisations (EU, AU, NATO…); with `asOf`, only those that held on that day." })
  organisations(
    @Root() state: State,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Only memberships that held on this day." }) asOf: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(organisationMembershipsByState).load({ id: state.pk, args: { asOf: asOf ?? undefined } });
  }
}
