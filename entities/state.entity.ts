import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { Actor } from "./actor.interface";
import { Node } from "./node.interface";
import { UnStatus } from "./enums/un-status.enum";
import { LocalDate } from "../src/scalars/local-date.scalar";
import { OFFICIAL_NAME_FIELD } from "./name.descriptions";

/** A state: the 193 UN members, the two observer states, and others such as Kosovo. */
@ObjectType({ implements: [Node, Actor], description: "A state: a UN member, a UN observer state, or another state such as Kosovo." })
@Entity()
export class State extends Actor {
  @Field({ description: "The ISO 3166-1 alpha-2 code (or the user-assigned XK for Kosovo)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 2 })
  alpha2: string;

  @Field({ description: "The ISO 3166-1 alpha-3 code (or the user-assigned XKX for Kosovo)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 3 })
  alpha3: string;

  @Field(() => String, { nullable: true, description: "The ISO 3166-1 numeric code, which is also the UN M49 code; null when none is assigned." })
  @Column({ type: "varchar", length: 3, nullable: true })
  numericCode: string | null;

  @Field({ description: "True when the codes are user-assigned rather than ISO-assigned (Kosovo)." })
  @Column({ type: "boolean", default: false })
  codesUserAssigned: boolean;

  // The GraphQL field takes `lang` (resolvers/names/); this column is the English official name.
  @Field({ description: OFFICIAL_NAME_FIELD })
  @Column({ type: "varchar", length: 300 })
  officialName: string;

  @Field(() => [String], { description: "Other names the state is known by: former names, UN short names, other spellings." })
  @Column({ type: "simple-json" })
  aliases: string[];

  @Field(() => UnStatus, { description: "The state's standing at the United Nations." })
  @Column({ type: "varchar", length: 12 })
  unStatus: UnStatus;

  @Field(() => LocalDate, { nullable: true, description: "The day the state was admitted to the UN; null for non-members." })
  @Column({ type: "varchar", length: 10, nullable: true })
  unAdmittedOn: string | null;

  @Field(() => String, { nullable: true, description: "The geographic region (UN geoscheme: Africa, Americas, Asia, Europe, Oceania)." })
  @Column({ type: "varchar", length: 40, nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true, description: "The geographic subregion (UN geoscheme, e.g. Western Africa)." })
  @Column({ type: "varchar", length: 60, nullable: true })
  subregion: string | null;
}
