import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import { Organisation } from "../../entities/organisation.entity";
import { Actor } from "../../entities/actor.interface";
import type { Context } from "../../src/context";
import { loadActor, organisationByPk } from "../../src/loaders/actor.loaders";

@Resolver(() => OrganisationMembership)
export class OrganisationMembershipResolver {
  @FieldResolver(() => Actor, { description: "The member: a state, or an organisation (the EU in the UfM)." })
  member(@Root() m: OrganisationMembership, @Ctx() ctx: Context) {
    return loadActor(ctx, m.member);
  }

  @FieldResolver(() => Organisation, { description: "The organisation joined." })
  organisation(@Root() m: OrganisationMembership, @Ctx() ctx: Context) {
    return ctx.loaders.get(organisationByPk).load(m.parentOrganisationId);
  }
}
