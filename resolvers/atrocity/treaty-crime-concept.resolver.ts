import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { TreatyCrime } from "../../entities/treaty-crime.entity";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { AtrocityCrime } from "../../entities/atrocity-crime.entity";
import type { Context } from "../../src/context";
import { atrocityCrimeByCrime } from "../../src/loaders/atrocity.loaders";
import { treatyProposalByPk } from "../../src/loaders/treaty.loaders";

/** A treaty's coverage row, linked to the crime as a concept and back to its treaty. */
@Resolver(() => TreatyCrime)
export class TreatyCrimeConceptResolver {
  @FieldResolver(() => AtrocityCrime, { nullable: true, description: "The crime as a concept (its name, sources and the documents that name it); null when the graph does not describe it as one." })
  atrocityCrime(@Root() row: TreatyCrime, @Ctx() ctx: Context) {
    return ctx.loaders.get(atrocityCrimeByCrime).load(row.crime);
  }

  @FieldResolver(() => TreatyProposal, { description: "The treaty that covers the crime." })
  async treaty(@Root() row: TreatyCrime, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(treatyProposalByPk).load(row.treatyProposalId))!;
  }
}
