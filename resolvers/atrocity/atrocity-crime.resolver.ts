import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AtrocityCrime } from "../../entities/atrocity-crime.entity";
import { Document } from "../../entities/document.entity";
import { DocumentMention } from "../../entities/document-mention.entity";
import { TreatyCrime } from "../../entities/treaty-crime.entity";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { Crime } from "../../entities/enums/crime.enum";
import { CrimeScope } from "../../entities/enums/crime-scope.enum";
import type { Context } from "../../src/context";
import { atrocityCrimeByCrime, atrocityCrimeByPk, mentionsByCrime, treatyCrimesByCrime } from "../../src/loaders/atrocity.loaders";
import { documentByPk } from "../../src/loaders/document.loaders";
import { treatyProposalByPk } from "../../src/loaders/treaty.loaders";
import { registerNodeType } from "../../src/node-types";
import { distinctRows } from "./distinct-rows";

registerNodeType("AtrocityCrime", atrocityCrimeByPk);

/** The treaty rows covering a crime, optionally of one scope, from the one all-scopes batch. */
async function coverageOf(ctx: Context, c: AtrocityCrime, scope: CrimeScope | undefined): Promise<TreatyCrime[]> {
  const rows = await ctx.loaders.get(treatyCrimesByCrime).load(c.crime);
  return scope ? rows.filter((row) => row.scope === scope) : rows;
}

/** The crimes as concepts: the root lists, and what covers and names each crime. */
@Resolver(() => AtrocityCrime)
export class AtrocityCrimeResolver {
  @Query(() => [AtrocityCrime], { description: "The atrocity crimes the graph describes as concepts, in the order of the 2005 World Summit Outcome: genocide, war crimes, ethnic cleansing and crimes against humanity." })
  crimes(
    @Arg("r2pOnly", () => Boolean, { nullable: true, description: "true: only the four crimes of the responsibility to protect; false: only the others; absent: all." }) r2pOnly: boolean | undefined,
    @Ctx() ctx: Context,
  ): Promise<AtrocityCrime[]> {
    const qb = ctx.ds.getRepository(AtrocityCrime).createQueryBuilder("c");
    if (r2pOnly != null) qb.where("c.r2p = :r2p", { r2p: r2pOnly });
    return qb.orderBy("c.position", "ASC").addOrderBy("c.id", "ASC").getMany();
  }

  @Query(() => AtrocityCrime, { nullable: true, description: "One atrocity crime by its `Crime` value (e.g. ETHNIC_CLEANSING); null when the graph does not describe that crime as a concept." })
  crime(@Arg("crime", () => Crime, { description: "The crime." }) crime: Crime, @Ctx() ctx: Context) {
    return ctx.loaders.get(atrocityCrimeByCrime).load(crime);
  }

  @FieldResolver(() => [TreatyCrime], { description: "How treaties cover this crime (by default or through an optional annex, with the article), one entry per treaty provision." })
  coverage(
    @Root() c: AtrocityCrime,
    @Arg("scope", () => CrimeScope, { nullable: true, description: "Only coverage by default (CORE) or by opt-in (OPTIONAL_ANNEX)." }) scope: CrimeScope | undefined,
    @Ctx() ctx: Context,
  ) {
    return coverageOf(ctx, c, scope);
  }

  @FieldResolver(() => [TreatyProposal], { description: "The treaties that cover this crime, each once." })
  async treaties(
    @Root() c: AtrocityCrime,
    @Arg("scope", () => CrimeScope, { nullable: true, description: "Only treaties that cover it by default (CORE) or by opt-in (OPTIONAL_ANNEX)." }) scope: CrimeScope | undefined,
    @Ctx() ctx: Context,
  ) {
    const rows = await coverageOf(ctx, c, scope);
    return distinctRows(ctx, treatyProposalByPk, rows.map((row) => row.treatyProposalId));
  }

  @FieldResolver(() => [DocumentMention], { description: "Where documents name this crime, with their words." })
  mentions(@Root() c: AtrocityCrime, @Ctx() ctx: Context) {
    return ctx.loaders.get(mentionsByCrime).load({ id: c.pk, args: undefined });
  }

  @FieldResolver(() => [Document], { description: "The documents that name this crime, each once." })
  async documents(@Root() c: AtrocityCrime, @Ctx() ctx: Context) {
    const mentions = await ctx.loaders.get(mentionsByCrime).load({ id: c.pk, args: undefined });
    return distinctRows(ctx, documentByPk, mentions.map((m) => m.documentId));
  }
}
