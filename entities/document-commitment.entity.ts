import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { References } from "./references.decorator";
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
  @References(() => Document)
  documentId: number;

  @Field(() => CommitmentKind, { description: "What the passage does." })
  @Column({ type: "varchar", length: 20 })
  kind: CommitmentKind;

  @Field({ description: "The passage, in the document's words." })
  @Column({ type: "text" })
  text: string;

  @References(() => TreatyProposal, { nullable: true })
  treatyProposalId: number | null;

  @References(() => Meeting, { nullable: true })
  meetingId: number | null;

  @References(() => Network, { nullable: true })
  networkId: number | null;

  @Field(() => Int, { description: "The order of the passage in the document." })
  @Column({ type: "integer", default: 0 })
  position: number;
}
