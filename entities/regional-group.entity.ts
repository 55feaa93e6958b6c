import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { Node } from "./node.interface";

/** One of the five UN regional groups. */
@ObjectType({ implements: Node, description: "A UN regional group (African, Asia-Pacific, Eastern European, Latin American and Caribbean, Western European and Others)." })
@Entity()
export class RegionalGroup extends Node {
  @Field({ description: "A stable key: AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_AND_CARIBBEAN or WESTERN_EUROPEAN_AND_OTHERS." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 40 })
  key: string;

  @Field({ description: "The group's name." })
  @Column({ type: "varchar", length: 120 })
  name: string;

  @Field(() => String, { nullable: true, description: "The usual acronym (GRULAC, WEOG, EEG…)." })
  @Column({ type: "varchar", length: 20, nullable: true })
  acronym: string | null;

  @Field(() => [String], { description: "Other and former names." })
  @Column({ type: "simple-json" })
  aliases: string[];

  @Field({ description: "What the group is and how it works." })
  @Column({ type: "text" })
  description: string;
}
