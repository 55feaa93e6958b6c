import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Node } from "./node.interface";
import { Network } from "./network.entity";
import { ActorRef } from "./actor-ref.embedded";
import { PartialDate, presentDate } from "./partial-date.embedded";

/** A treaty proposal followed from its proposal through adoption, signature and entry into force. */
@ObjectType({ implements: Node, description: "A treaty proposal, followed from proposal through negotiation, adoption, signature and entry into force (e.g. the MLA initiative that became the Ljubljana–The Hague Convention)." })
@Entity()
export class TreatyProposal extends Node {
  @Field({ description: "The stable public slug (e.g. `ljubljana-the-hague-convention`)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 100 })
  slug: string;

  @Field({ description: "The preferred name, as the depositary writes it." })
  @Column({ type: "varchar", length: 500 })
  name: string;

  @Field(() => String, { nullable: true, description: "A short name for display." })
  @Column({ type: "varchar", length: 120, nullable: true })
  shortName: string | null;

  @Field(() => [String], { description: "Other names and spellings in use." })
  @Column({ type: "simple-json" })
  aliases: string[];

  @Field({ description: "What the treaty does." })
  @Column({ type: "text" })
  description: string;

  @References(() => Network, { nullable: true })
  networkId: number | null;

  /** The depositary (a state or an organisation); both keys null when none. */
  @Column(() => ActorRef, { prefix: false })
  depositary: ActorRef;

  @Field(() => String, { nullable: true, description: "The depositary's status table for this treaty." })
  @Column({ type: "varchar", length: 500, nullable: true })
  depositaryUrl: string | null;

  @Field(() => String, { nullable: true, description: "How the text was adopted (e.g. consensus)." })
  @Column({ type: "varchar", length: 60, nullable: true })
  adoptionMode: string | null;

  @Field(() => String, { nullable: true, description: "The entry-into-force condition; null while it is not verified from the final clauses." })
  @Column({ type: "text", nullable: true })
  entryIntoForceRule: string | null;

  @Column(() => PartialDate, { prefix: "signature_open" })
  signatureOpenAt: PartialDate;

  @Column(() => PartialDate, { prefix: "signature_until" })
  signatureUntilAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "The first day the treaty was open for signature." })
  get signatureOpenFrom(): PartialDate | null {
    return presentDate(this.signatureOpenAt);
  }

  @Field(() => PartialDate, { nullable: true, description: "The last day the treaty was open for signature." })
  get signatureOpenUntil(): PartialDate | null {
    return presentDate(this.signatureUntilAt);
  }

  @Field(() => String, { nullable: true, description: "Where it was opened for signature." })
  @Column({ type: "varchar", length: 200, nullable: true })
  signaturePlace: string | null;
}
