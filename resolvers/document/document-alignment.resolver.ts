import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../../entities/actor.interface";
import { Document } from "../../entities/document.entity";
import { DocumentAlignment } from "../../entities/document-alignment.entity";
import { Network } from "../../entities/network.entity";
import type { Context } from "../../src/context";
import { loadActor } from "../../src/loaders/actor.loaders";
import { documentByPk } from "../../src/loaders/document.loaders";
import { networkByPk } from "../../src/loaders/network.loaders";

@Resolver(() => DocumentAlignment)
export class DocumentAlignmentResolver {
  @FieldResolver(() => Document, { description: "The document that declares the alignment." })
  document(@Root() a: DocumentAlignment, @Ctx() ctx: Context) {
    return ctx.loaders.get(documentByPk).load(a.documentId);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The statement aligned with; null when the graph does not hold it." })
  alignedWith(@Root() a: DocumentAlignment, @Ctx() ctx: Context) {
    return a.alignedWithId == null ? null : ctx.loaders.get(documentByPk).load(a.alignedWithId);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The state or organisation whose statement it is; null when it is a network's." })
  speaker(@Root() a: DocumentAlignment, @Ctx() ctx: Context) {
    return loadActor(ctx, a.speaker);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The network whose statement it is (e.g. the Group of Friends); null when it is an actor's." })
  speakerNetwork(@Root() a: DocumentAlignment, @Ctx() ctx: Context) {
    return a.speakerNetworkId == null ? null : ctx.loaders.get(networkByPk).load(a.speakerNetworkId);
  }
}
