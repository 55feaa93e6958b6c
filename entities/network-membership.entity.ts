import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { TemporalRow } from "./temporal-row.base";
import { Network } from "./network.entity";
import { Person } from "./person.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";
import { MembershipStatus } from "./enums/membership-status.enum";
import { Publication } from "./publication.embedded";
import { Node } from "./node.interface";
import { toGlobalId } from "../src/global-id";

/** An actor's membership of a network, with its dates, status and focal point. */
@ObjectType({ implements: Node, description: "A state's or organisation's membership of a network: status, dates and focal point." })
@Entity()
@Check(ONE_ACTOR)
export class NetworkMembership extends TemporalRow {
  // A Node since partners update and retract it by id (issue 10); TemporalRow keeps its dates.
  @Field(() => ID, { name: "id", description: "The opaque global id of this object; pass it to `node(id:)`." })
  get globalId(): string {
    return toGlobalId("NetworkMembership", this.pk);
  }

  @References(() => Network)
  networkId: number;

  @Column(() => ActorRef, { prefix: false })
  member: ActorRef;

  @Field(() => MembershipStatus, { description: "The member's status in the network." })
  @Column({ type: "varchar", length: 20 })
  status: MembershipStatus;

  @References(() => Person, { nullable: true })
  focalPointId: number | null;

  @Field(() => String, { nullable: true, description: "The office that holds the focal point (e.g. a ministry department)." })
  @Column({ type: "varchar", length: 300, nullable: true })
  focalPointOffice: string | null;

  @Field(() => String, { nullable: true, description: "A note on the membership." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Publication, { description: "Its publication state: status, visibility, version (state it when updating) and any retraction reason." })
  @Column(() => Publication, { prefix: "pub" })
  publication: Publication;
}
