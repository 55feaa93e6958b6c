import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Row } from "./row.base";
import { DocumentCommitment } from "./document-commitment.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";

/** An actor that makes or backs a commitment or proposal. */
@Entity()
@Check(ONE_ACTOR)
export class CommitmentActor extends Row {
  @Index()
  @Column({ type: "integer" })
  commitmentId: number;

  @ManyToOne(() => DocumentCommitment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "commitment_id" })
  commitment?: Relation<DocumentCommitment>;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Column({ type: "integer", default: 0 })
  position: number;
}
