import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisation } from "../../entities/organisation.entity";
import type { Context } from "../../src/context";
import { organisationByPk } from "../../src/loaders/actor.loaders";
import { organisationsByParent } from "../../src/loaders/organisation.loaders";

/** Where an organisation sits: the body it belongs to and its own sub-bodies. */
@Resolver(() => Organisation)
export class OrganisationHierarchyResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation this one is part of (the EU for the EEAS); null for a top-level organisation." })
  parent(@Root() org: Organisation, @Ctx() ctx: Context) {
    return org.parentId == null ? null : ctx.loaders.get(organisationByPk).load(org.parentId);
  }

  @FieldResolver(() => [Organisation], { description: "The organisation's direct sub-bodies, by name." })
  children(@Root() org: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.get(organisationsByParent).load({ id: org.pk, args: undefined });
  }
}
