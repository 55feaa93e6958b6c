import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Row } from "./row.base";
import { Document } from "./document.entity";
import { Network } from "./network.entity";
import { ActorRef } from "./actor-ref.embedded";
import { AlignmentExtent } from "./enums/alignment-extent.enum";

/** "Belgium fully aligns itself with the statement of the EU": one document aligning with another. */
@ObjectType({ description: "A document's alignment with another statement (\"fully aligns itself with the statement of the EU\")." })
@Entity()
export class DocumentAlignment extends Row {
  @Index()
  @Column({ type: "integer" })
  documentId: number;

  @ManyToOne(() => Document, { onDelete: "CASCADE" })
  @JoinColumn({ name: "document_id" })
  document?: Relation<Document>;

  @Index()
  @Column({ type: "integer", nullable: true })
  alignedWithId: number | null;

  @ManyToOne(() => Document, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "aligned_with_id" })
  alignedWith?: Relation<Document>;

  /** Whose statement it is, when that is an actor. */
  @Column(() => ActorRef, { prefix: false })
  speaker: ActorRef;

  @Column({ type: "integer", nullable: true })
  speakerNetworkId: number | null;

  @ManyToOne(() => Network, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "speaker_network_id" })
  speakerNetwork?: Relation<Network>;

  @Field({ description: "The alignment as the text words it (\"the statement of the EU\")." })
  @Column({ type: "text" })
  description: string;

  @Field(() => AlignmentExtent, { description: "Whether the alignment is full or partial." })
  @Column({ type: "varchar", length: 10 })
  extent: AlignmentExtent;
}
