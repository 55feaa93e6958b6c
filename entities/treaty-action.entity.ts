import { Field, ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Node } from "./node.interface";
import { TreatyProposal } from "./treaty-proposal.entity";
import { Meeting } from "./meeting.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";
import { TreatyActionType } from "./enums/treaty-action-type.enum";
import { PartialDate } from "./partial-date.embedded";
import { LocalDate } from "../src/scalars/local-date.scalar";
import { Publication } from "./publication.embedded";

/** What a state did about a treaty: signature, ratification, accession… Signatory and party status derive from these. */
@ObjectType({ implements: Node, description: "What a state did about a treaty (signature, ratification, accession, denunciation…), with its date. Signatory and party status are derived from these actions." })
@Entity()
@Check(ONE_ACTOR)
export class TreatyAction extends Node {
  @References(() => TreatyProposal)
  treatyProposalId: number;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Field(() => TreatyActionType, { description: "What the state did." })
  @Column({ type: "varchar", length: 30 })
  type: TreatyActionType;

  @Column(() => PartialDate, { prefix: "date" })
  dateAt: PartialDate;

  @Field(() => PartialDate, { description: "When." })
  get date(): PartialDate {
    return this.dateAt;
  }

  @Field(() => LocalDate, { nullable: true, description: "When the treaty enters into force for this party, as the depositary records it." })
  @Column({ type: "varchar", length: 10, nullable: true })
  entryIntoForce: string | null;

  @References(() => Meeting, { nullable: true })
  meetingId: number | null;

  @Field(() => String, { nullable: true, description: "A note on the action." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Publication, { description: "Its publication state: status, visibility, version (state it when updating) and any retraction reason." })
  @Column(() => Publication, { prefix: "pub" })
  publication: Publication;
}
