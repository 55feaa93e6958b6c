import { Field, ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { Network } from "./network.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";

/** An actor that founded or launched a network. */
@ObjectType({ description: "A state or organisation that founded or launched a network." })
@Entity()
@Check(ONE_ACTOR)
export class NetworkFounder extends Row {
  @References(() => Network)
  networkId: number;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Field(() => String, { nullable: true, description: "A note on the founder's part." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
