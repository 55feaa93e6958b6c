import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { Document } from "./document.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";
import { DocumentActorRole } from "./enums/document-actor-role.enum";

/** An actor named on a document: an author, a signatory, or one that dissociated itself. */
@ObjectType({ description: "A state or organisation named on a document as author, signatory, or dissociating from it." })
@Entity()
@Check(ONE_ACTOR)
export class DocumentActor extends Row {
  @References(() => Document)
  documentId: number;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Field(() => DocumentActorRole, { description: "How the actor is named on the document." })
  @Column({ type: "varchar", length: 20 })
  role: DocumentActorRole;

  @Field(() => Int, { description: "The order in the document's list." })
  @Column({ type: "integer", default: 0 })
  position: number;
}
