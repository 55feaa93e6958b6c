import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Node } from "./node.interface";
import { NetworkKind } from "./enums/network-kind.enum";
import { PartialDate, presentDate } from "./partial-date.embedded";
import { Meeting } from "./meeting.entity";

/** A network, group of friends, core group or initiative of states and organisations. */
@ObjectType({ implements: Node, description: "A network of states and organisations: a focal-point network, a group of friends, a core group or an initiative." })
@Entity()
export class Network extends Node {
  @Field({ description: "The stable public slug (e.g. `r2p-focal-points`)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 80 })
  slug: string;

  @Field({ description: "The full name." })
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: "A shorter name for display." })
  @Column({ type: "varchar", length: 120, nullable: true })
  shortName: string | null;

  @Field(() => String, { nullable: true, description: "The usual acronym (e.g. WPS-FPN, GoF)." })
  @Column({ type: "varchar", length: 30, nullable: true })
  acronym: string | null;

  @Field(() => NetworkKind, { description: "What kind of network this is." })
  @Column({ type: "varchar", length: 30 })
  kind: NetworkKind;

  @Field(() => String, { nullable: true, description: "The agenda it serves: R2P, WPS or MLA." })
  @Column({ type: "varchar", length: 20, nullable: true })
  focus: string | null;

  @Field({ description: "What the network is and does." })
  @Column({ type: "text" })
  description: string;

  @Field(() => [String], { description: "Other names the network is known by." })
  @Column({ type: "simple-json" })
  aliases: string[];

  @Field(() => String, { nullable: true, description: "The network's website." })
  @Column({ type: "varchar", length: 500, nullable: true })
  url: string | null;

  /** The network this one is a chapter of (the Group of Friends' Geneva chapter). */
  @References(() => Network, { nullable: true })
  parentId: number | null;

  @Column(() => PartialDate, { prefix: "launched" })
  launchedAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "When the network was launched or founded." })
  get launched(): PartialDate | null {
    return presentDate(this.launchedAt);
  }

  @References(() => Meeting, { nullable: true })
  launchMeetingId: number | null;
}
