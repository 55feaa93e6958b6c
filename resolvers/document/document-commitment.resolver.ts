import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../../entities/actor.interface";
import { Document } from "../../entities/document.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { Meeting } from "../../entities/meeting.entity";
import { Network } from "../../entities/network.entity";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import type { Context } from "../../src/context";
import { registerNodeType } from "../../src/node-types";
import { actorsByCommitment, documentByPk, documentCommitmentByPk, loadActors } from "../../src/loaders/document.loaders";
import { meetingByPk } from "../../src/loaders/meeting.loaders";
import { networkByPk } from "../../src/loaders/network.loaders";
import { treatyProposalByPk } from "../../src/loaders/treaty.loaders";

registerNodeType("DocumentCommitment", documentCommitmentByPk);

@Resolver(() => DocumentCommitment)
export class DocumentCommitmentResolver {
  @FieldResolver(() => [Actor], { description: "The states and organisations that make or back the passage, in the order the text names them." })
  async actors(@Root() c: DocumentCommitment, @Ctx() ctx: Context) {
    return loadActors(ctx, await ctx.loaders.get(actorsByCommitment).load({ id: c.pk, args: undefined }));
  }

  @FieldResolver(() => TreatyProposal, { nullable: true, description: "The treaty proposal the passage concerns; null when none." })
  treatyProposal(@Root() c: DocumentCommitment, @Ctx() ctx: Context) {
    return c.treatyProposalId == null ? null : ctx.loaders.get(treatyProposalByPk).load(c.treatyProposalId);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting the passage concerns; null when none." })
  meeting(@Root() c: DocumentCommitment, @Ctx() ctx: Context) {
    return c.meetingId == null ? null : ctx.loaders.get(meetingByPk).load(c.meetingId);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The network the passage concerns; null when none." })
  network(@Root() c: DocumentCommitment, @Ctx() ctx: Context) {
    return c.networkId == null ? null : ctx.loaders.get(networkByPk).load(c.networkId);
  }

  @FieldResolver(() => Document, { description: "The document the passage is in." })
  document(@Root() c: DocumentCommitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(documentByPk).load(c.documentId);
  }
}
