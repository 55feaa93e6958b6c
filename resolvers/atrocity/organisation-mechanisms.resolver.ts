import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisation } from "../../entities/organisation.entity";
import { Mechanism } from "../../entities/mechanism.entity";
import type { Context } from "../../src/context";
import { mechanismsByOrganisation } from "../../src/loaders/atrocity.loaders";

/** The mechanisms that belong to an organisation. */
@Resolver(() => Organisation)
export class OrganisationMechanismsResolver {
  @FieldResolver(() => [Mechanism], { description: "The mechanisms that belong to this organisation (e.g. the Human Rights Council's Universal Periodic Review), by name." })
  mechanisms(@Root() o: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.get(mechanismsByOrganisation).load({ id: o.pk, args: undefined });
  }
}
