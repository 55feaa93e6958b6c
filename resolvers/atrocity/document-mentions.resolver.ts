import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Document } from "../../entities/document.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { DocumentMention } from "../../entities/document-mention.entity";
import { Mechanism } from "../../entities/mechanism.entity";
import { AtrocityCrime } from "../../entities/atrocity-crime.entity";
import { MechanismType } from "../../entities/enums/mechanism-type.enum";
import { MechanismPurpose } from "../../entities/enums/mechanism-purpose.enum";
import type { Context } from "../../src/context";
import { atrocityCrimeByPk, mechanismByPk, mentionsByCommitment, mentionsByDocument } from "../../src/loaders/atrocity.loaders";
import { distinctRows } from "./distinct-rows";

/** A document's mentions, optionally only those naming a mechanism for one purpose. */
async function mentionsOf(ctx: Context, doc: Document, purpose: MechanismPurpose | undefined): Promise<DocumentMention[]> {
  const rows = await ctx.loaders.get(mentionsByDocument).load({ id: doc.pk, args: undefined });
  return purpose ? rows.filter((row) => row.purpose === purpose) : rows;
}

/** What a document names: mechanisms and crimes, each mention with the document's words. */
@Resolver(() => Document)
export class DocumentMentionsResolver {
  @FieldResolver(() => [DocumentMention], { description: "The mechanisms and crimes the document names, with its words, in the order of the text." })
  mentions(
    @Root() doc: Document,
    @Arg("purpose", () => MechanismPurpose, { nullable: true, description: "Only mentions naming a mechanism for this purpose." }) purpose: MechanismPurpose | undefined,
    @Ctx() ctx: Context,
  ) {
    return mentionsOf(ctx, doc, purpose);
  }

  @FieldResolver(() => [Mechanism], { description: "The mechanisms the document names, each once, in the order of the text: `mechanisms(purpose: EARLY_WARNING)` gives the tools it names for early warning." })
  async mechanisms(
    @Root() doc: Document,
    @Arg("purpose", () => MechanismPurpose, { nullable: true, description: "Only mechanisms the document names for this purpose." }) purpose: MechanismPurpose | undefined,
    @Arg("kinds", () => [MechanismType], { nullable: true, description: "Only mechanisms of these kinds." }) kinds: MechanismType[] | undefined,
    @Ctx() ctx: Context,
  ) {
    const mentions = await mentionsOf(ctx, doc, purpose);
    const mechanisms = await distinctRows(ctx, mechanismByPk, mentions.map((m) => m.mechanismId));
    return kinds ? mechanisms.filter((m) => kinds.includes(m.kind)) : mechanisms;
  }

  @FieldResolver(() => [AtrocityCrime], { description: "The atrocity crimes the document names, each once, in the order of the text." })
  async crimes(@Root() doc: Document, @Ctx() ctx: Context) {
    const mentions = await mentionsOf(ctx, doc, undefined);
    return distinctRows(ctx, atrocityCrimeByPk, mentions.map((m) => m.crimeId));
  }
}

/** The mentions inside one passage. */
@Resolver(() => DocumentCommitment)
export class CommitmentMentionsResolver {
  @FieldResolver(() => [DocumentMention], { description: "The mechanisms and crimes this passage names, with its words." })
  mentions(@Root() c: DocumentCommitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(mentionsByCommitment).load({ id: c.pk, args: undefined });
  }
}
