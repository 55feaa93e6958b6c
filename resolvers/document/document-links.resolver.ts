import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Document } from "../../entities/document.entity";
import { DocumentAlignment } from "../../entities/document-alignment.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { Meeting } from "../../entities/meeting.entity";
import { CommitmentKind } from "../../entities/enums/commitment-kind.enum";
import type { Context } from "../../src/context";
import { alignmentsByAlignedWith, alignmentsByDocument, commitmentsByDocument } from "../../src/loaders/document.loaders";
import { meetingByPk } from "../../src/loaders/meeting.loaders";

/** A document's meeting, the statements it aligns with or that align with it, and what it proposes or commits to. */
@Resolver(() => Document)
export class DocumentLinksResolver {
  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting the document was made at or for; null when none." })
  meeting(@Root() doc: Document, @Ctx() ctx: Context) {
    return doc.meetingId == null ? null : ctx.loaders.get(meetingByPk).load(doc.meetingId);
  }

  @FieldResolver(() => [DocumentAlignment], { description: "The statements this document aligns itself with." })
  alignments(@Root() doc: Document, @Ctx() ctx: Context) {
    return ctx.loaders.get(alignmentsByDocument).load({ id: doc.pk, args: undefined });
  }

  @FieldResolver(() => [DocumentAlignment], { description: "The alignments other documents declare with this one." })
  alignedBy(@Root() doc: Document, @Ctx() ctx: Context) {
    return ctx.loaders.get(alignmentsByAlignedWith).load({ id: doc.pk, args: undefined });
  }

  @FieldResolver(() => [DocumentCommitment], { description: "The proposals, commitments, announcements, recommendations and calls the document makes, in the order of the text." })
  commitments(
    @Root() doc: Document,
    @Arg("kinds", () => [CommitmentKind], { nullable: true, description: "Only passages of these kinds." }) kinds: CommitmentKind[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.get(commitmentsByDocument).load({ id: doc.pk, args: { kinds: kinds ?? undefined } });
  }
}
