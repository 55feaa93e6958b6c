import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { TemporalRow } from "./temporal-row.base";
import { TreatyProposal } from "./treaty-proposal.entity";
import { Meeting } from "./meeting.entity";
import { TreatyStage } from "./enums/treaty-stage.enum";

/** A dated step in a treaty's life, linked to the meeting where it happened. */
@ObjectType({ description: "A dated step in a treaty's life (proposed, preparatory conference, adopted, open for signature…), linked to the meeting where it happened." })
@Entity()
export class TreatyMilestone extends TemporalRow {
  @References(() => TreatyProposal)
  treatyProposalId: number;

  @Field(() => TreatyStage, { description: "The stage reached." })
  @Column({ type: "varchar", length: 30 })
  stage: TreatyStage;

  @References(() => Meeting, { nullable: true })
  meetingId: number | null;

  @Field(() => String, { nullable: true, description: "A note on this step." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
