import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { DocumentCommitment } from "./document-commitment.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";

/** An actor that makes or backs a commitment or proposal. */
@Entity()
@Check(ONE_ACTOR)
export class CommitmentActor extends Row {
  @References(() => DocumentCommitment)
  commitmentId: number;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Column({ type: "integer", default: 0 })
  position: number;
}
