import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { Document } from "./document.entity";
import { Network } from "./network.entity";
import { ActorRef } from "./actor-ref.embedded";
import { AlignmentExtent } from "./enums/alignment-extent.enum";

/** "Belgium fully aligns itself with the statement of the EU": one document aligning with another. */
@ObjectType({ description: "A document's alignment with another statement (\"fully aligns itself with the statement of the EU\")." })
@Entity()
export class DocumentAlignment extends Row {
  @References(() => Document)
  documentId: number;

  @References(() => Document, { nullable: true })
  alignedWithId: number | null;

  /** Whose statement it is, when that is an actor. */
  @Column(() => ActorRef, { prefix: false })
  speaker: ActorRef;

  @References(() => Network, { nullable: true })
  speakerNetworkId: number | null;

  @Field({ description: "The alignment as the text words it (\"the statement of the EU\")." })
  @Column({ type: "text" })
  description: string;

  @Field(() => AlignmentExtent, { description: "Whether the alignment is full or partial." })
  @Column({ type: "varchar", length: 10 })
  extent: AlignmentExtent;
}
