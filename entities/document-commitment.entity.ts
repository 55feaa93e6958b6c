import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Node } from "./node.interface";
import { Document } from "./document.entity";
import { Meeting } from "./meeting.entity";
import { Network } from "./network.entity";
import { TreatyProposal } from "./treaty-proposal.entity";
import { CommitmentKind } from "./enums/commitment-kind.enum";

/** A proposal, commitment, announcement, recommendation or call that a document makes. */
@ObjectType({ implements: Node, description: "A proposal, commitment, announcement, recommendation or call that a document makes, in the document's own words." })
@Entity()
export class DocumentCommitment extends Node {
  @Index()
  @Column({ type: "integer" })
  documentId: number;

  @ManyToOne(() => Document, { onDelete: "CASCADE" })
  @JoinColumn({ name: "document_id" })
  document?: Relation<Document>;

  @Field(() => CommitmentKind, { description: "What the passage does." })
  @Column({ type: "varchar", length: 20 })
  kind: CommitmentKind;

  @Field({ description: "The passage, in the document's words." })
  @Column({ type: "text" })
  text: string;

  @Index()
  @Column({ type: "integer", nullable: true })
  treatyProposalId: number | null;

  @ManyToOne(() => TreatyProposal, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "treaty_proposal_id" })
  treatyProposal?: Relation<TreatyProposal>;

  @Index()
  @Column({ type: "integer", nullable: true })
  meetingId: number | null;

  @ManyToOne(() => Meeting, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "meeting_id" })
  meeting?: Relation<Meeting>;

  @Column({ type: "integer", nullable: true })
  networkId: number | null;

  @ManyToOne(() => Network, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "network_id" })
  network?: Relation<Network>;

  @Field(() => Int, { description: "The order of the passage in the document." })
  @Column({ type: "integer", default: 0 })
  position: number;
}
