import { Field, ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { TemporalRow } from "./temporal-row.base";
import { Organisation } from "./organisation.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";
import { MembershipStatus } from "./enums/membership-status.enum";

/** A state's (or organisation's) membership of an organisation, over time. */
@ObjectType({ description: "Membership of an organisation, with when it began and ended." })
@Entity()
@Check(ONE_ACTOR)
export class OrganisationMembership extends TemporalRow {
  /** The organisation joined (the member, if an organisation, is in `member`). */
  @References(() => Organisation)
  parentOrganisationId: number;

  @Column(() => ActorRef, { prefix: false })
  member: ActorRef;

  @Field(() => MembershipStatus, { description: "The member's status." })
  @Column({ type: "varchar", length: 20 })
  status: MembershipStatus;

  @Field(() => String, { nullable: true, description: "A note (e.g. suspension, participating State)." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
