import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { Node } from "./node.interface";

/** A person named in the sources. Titles belong to their positions, not to the person. */
@ObjectType({ implements: Node, description: "A person named in the sources: a minister, an ambassador, a moderator. Titles belong to positions, which change over time." })
@Entity()
export class Person extends Node {
  @Field({ description: "A stable, readable key (e.g. `ban-ki-moon`)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 80 })
  key: string;

  @Field({ description: "The person's name." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: "The honorific the sources use (H.E. Mr., Amb., Dr)." })
  @Column({ type: "varchar", length: 40, nullable: true })
  honorific: string | null;

  @Field(() => [String], { description: "Other spellings of the name." })
  @Column({ type: "simple-json" })
  aliases: string[];
}
