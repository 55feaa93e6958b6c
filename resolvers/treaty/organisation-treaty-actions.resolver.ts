import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisation } from "../../entities/organisation.entity";
import { TreatyAction } from "../../entities/treaty-action.entity";
import type { Context } from "../../src/context";
import { treatyActionsByOrganisation } from "../../src/loaders/treaty.loaders";

@Resolver(() => Organisation)
export class OrganisationTreatyActionsResolver {
  @FieldResolver(() => [TreatyAction], { description: "What the organisation did about treaties (signatures, approvals…), by date." })
  treatyActions(
    @Root() organisation: Organisation,
    @Arg("treaty", () => String, { nullable: true, description: "Only actions on this treaty proposal (slug)." }) treaty: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(treatyActionsByOrganisation).load({ id: organisation.pk, args: { treaty: treaty ?? undefined } });
  }
}
