import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Document } from "../../entities/document.entity";
import { Actor } from "../../entities/actor.interface";
import { Network } from "../../entities/network.entity";
import { Organisation } from "../../entities/organisation.entity";
import { Person } from "../../entities/person.entity";
import { DocumentActorRole } from "../../entities/enums/document-actor-role.enum";
import type { Context } from "../../src/context";
import { loadActor, organisationByPk } from "../../src/loaders/actor.loaders";
import { loadDocumentActors } from "../../src/loaders/document.loaders";
import { networkByPk } from "../../src/loaders/network.loaders";
import { personByPk } from "../../src/loaders/person.loaders";

/** Who issued, signed, delivered a document, and on whose behalf. */
@Resolver(() => Document)
export class DocumentActorsResolver {
  @FieldResolver(() => [Actor], { description: "The states and organisations that issued the document, in the document's order." })
  authors(@Root() doc: Document, @Ctx() ctx: Context) {
    return loadDocumentActors(ctx, doc.pk, DocumentActorRole.AUTHOR);
  }

  @FieldResolver(() => [Actor], { description: "The states and organisations that signed or joined the document, in the document's order." })
  signatories(@Root() doc: Document, @Ctx() ctx: Context) {
    return loadDocumentActors(ctx, doc.pk, DocumentActorRole.SIGNATORY);
  }

  @FieldResolver(() => [Actor], { description: "Members of the group the statement was made for that dissociated themselves from it." })
  dissociations(@Root() doc: Document, @Ctx() ctx: Context) {
    return loadDocumentActors(ctx, doc.pk, DocumentActorRole.DISSOCIATION);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The state or organisation that delivered the document; null when the sources do not say." })
  deliveredBy(@Root() doc: Document, @Ctx() ctx: Context) {
    return loadActor(ctx, doc.deliveredBy);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person who delivered the document, when named." })
  deliveredByPerson(@Root() doc: Document, @Ctx() ctx: Context) {
    return doc.deliveredByPersonId == null ? null : ctx.loaders.get(personByPk).load(doc.deliveredByPersonId);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The network (e.g. the Group of Friends of R2P) on whose behalf the document was made; null when none." })
  onBehalfOf(@Root() doc: Document, @Ctx() ctx: Context) {
    return doc.onBehalfOfNetworkId == null ? null : ctx.loaders.get(networkByPk).load(doc.onBehalfOfNetworkId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation on whose behalf the document was made; null when none." })
  onBehalfOfOrganisation(@Root() doc: Document, @Ctx() ctx: Context) {
    return doc.onBehalfOfOrganisationId == null ? null : ctx.loaders.get(organisationByPk).load(doc.onBehalfOfOrganisationId);
  }
}
