import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { Row } from "./row.base";
import { NetworkMembership } from "./network-membership.entity";

/**
 * How to reach a member's focal point: field-level data that only the members of that network
 * (and its stewards, and administrators) may read; to everyone else `contact` is null, as if none
 * were stored (src/visibility/guarded-tables.ts).
 */
@ObjectType({ description: "How to reach a member's focal point in a network. Readable only by partners that are members of the network, its stewards and administrators." })
@Entity()
@Index(["networkMembershipId"], { unique: true })
export class FocalPointContact extends Row {
  // Not @References: its unique index is the only one this column needs.
  @Column({ type: "integer" })
  networkMembershipId: number;

  @ManyToOne(() => NetworkMembership, { onDelete: "CASCADE" })
  @JoinColumn({ name: "network_membership_id" })
  networkMembership?: NetworkMembership;

  @Field(() => String, { nullable: true, description: "The focal point's office email." })
  @Column({ type: "varchar", length: 320, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: "The office telephone, in international format." })
  @Column({ type: "varchar", length: 40, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: "The office and postal address." })
  @Column({ type: "varchar", length: 500, nullable: true })
  office: string | null;

  @Field(() => Int, { description: "Goes up by one with every change; state it when updating." })
  @Column({ type: "integer", default: 1 })
  version: number;

  /** The partner that last wrote it. */
  @Column({ type: "integer", nullable: true })
  partnerId: number | null;
}
