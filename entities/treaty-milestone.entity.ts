import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { TemporalRow } from "./temporal-row.base";
import { TreatyProposal } from "./treaty-proposal.entity";
import { Meeting } from "./meeting.entity";
import { TreatyStage } from "./enums/treaty-stage.enum";

/** A dated step in a treaty's life, linked to the meeting where it happened. */
@ObjectType({ description: "A dated step in a treaty's life (proposed, preparatory conference, adopted, open for signature…), linked to the meeting where it happened." })
@Entity()
export class TreatyMilestone extends TemporalRow {
  @Index()
  @Column({ type: "integer" })
  treatyProposalId: number;

  @ManyToOne(() => TreatyProposal, { onDelete: "CASCADE" })
  @JoinColumn({ name: "treaty_proposal_id" })
  treatyProposal?: Relation<TreatyProposal>;

  @Field(() => TreatyStage, { description: "The stage reached." })
  @Column({ type: "varchar", length: 30 })
  stage: TreatyStage;

  @Index()
  @Column({ type: "integer", nullable: true })
  meetingId: number | null;

  @ManyToOne(() => Meeting, { nullable: true, onDelete: "SET NULL" })
  @JoinColumn({ name: "meeting_id" })
  meeting?: Relation<Meeting>;

  @Field(() => String, { nullable: true, description: "A note on this step." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
