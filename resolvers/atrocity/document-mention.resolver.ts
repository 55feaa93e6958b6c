import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DocumentMention } from "../../entities/document-mention.entity";
import { Document } from "../../entities/document.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { Mechanism } from "../../entities/mechanism.entity";
import { AtrocityCrime } from "../../entities/atrocity-crime.entity";
import type { Context } from "../../src/context";
import { atrocityCrimeByPk, mechanismByPk } from "../../src/loaders/atrocity.loaders";
import { documentByPk, documentCommitmentByPk } from "../../src/loaders/document.loaders";

/** What a mention links: its document, its passage, and the mechanism or crime it names. */
@Resolver(() => DocumentMention)
export class DocumentMentionResolver {
  @FieldResolver(() => Document, { description: "The document that names it." })
  async document(@Root() m: DocumentMention, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(documentByPk).load(m.documentId))!;
  }

  @FieldResolver(() => DocumentCommitment, { nullable: true, description: "The passage of the document the words are in; null when they are in no recorded passage." })
  passage(@Root() m: DocumentMention, @Ctx() ctx: Context) {
    return m.commitmentId == null ? null : ctx.loaders.get(documentCommitmentByPk).load(m.commitmentId);
  }

  @FieldResolver(() => Mechanism, { nullable: true, description: "The mechanism named; null when the mention names a crime." })
  mechanism(@Root() m: DocumentMention, @Ctx() ctx: Context) {
    return m.mechanismId == null ? null : ctx.loaders.get(mechanismByPk).load(m.mechanismId);
  }

  @FieldResolver(() => AtrocityCrime, { nullable: true, description: "The crime named; null when the mention names a mechanism." })
  crime(@Root() m: DocumentMention, @Ctx() ctx: Context) {
    return m.crimeId == null ? null : ctx.loaders.get(atrocityCrimeByPk).load(m.crimeId);
  }
}
