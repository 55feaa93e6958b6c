import { Field, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { Row } from "./row.base";
import { Network } from "./network.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";

/** An actor that founded or launched a network. */
@ObjectType({ description: "A state or organisation that founded or launched a network." })
@Entity()
@Check(ONE_ACTOR)
export class NetworkFounder extends Row {
  @Index()
  @Column({ type: "integer" })
  networkId: number;

  @ManyToOne(() => Network, { onDelete: "CASCADE" })
  @JoinColumn({ name: "network_id" })
  network?: Relation<Network>;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Field(() => String, { nullable: true, description: "A note on the founder's part." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
