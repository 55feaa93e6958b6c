import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { TreatyProposal } from "./treaty-proposal.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";
import { PartialDate, presentDate } from "./partial-date.embedded";

/** A state that proposed or leads a treaty proposal, in the order it joined. */
@ObjectType({ description: "A state or organisation that proposed or leads a treaty proposal, in the order it joined." })
@Entity()
@Check(ONE_ACTOR)
export class TreatyProponent extends Row {
  @References(() => TreatyProposal)
  treatyProposalId: number;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Column(() => PartialDate, { prefix: "joined" })
  joinedAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "When the proponent joined." })
  get joined(): PartialDate | null {
    return presentDate(this.joinedAt);
  }

  @Field(() => Int, { description: "The join order (1 = first)." })
  @Column({ type: "integer", default: 0 })
  position: number;

  @Field(() => String, { nullable: true, description: "A note on the proponent's part." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
