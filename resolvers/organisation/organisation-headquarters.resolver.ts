import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisation } from "../../entities/organisation.entity";
import { State } from "../../entities/state.entity";
import type { Context } from "../../src/context";
import { stateByPk } from "../../src/loaders/actor.loaders";

@Resolver(() => Organisation)
export class OrganisationHeadquartersResolver {
  @FieldResolver(() => State, { nullable: true, description: "The state where the headquarters are; null when not recorded." })
  headquartersCountry(@Root() org: Organisation, @Ctx() ctx: Context) {
    return org.headquartersCountryId == null ? null : ctx.loaders.get(stateByPk).load(org.headquartersCountryId);
  }
}
