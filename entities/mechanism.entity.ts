import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Node } from "./node.interface";
import { Organisation } from "./organisation.entity";
import { MechanismType } from "./enums/mechanism-type.enum";

/**
 * A mechanism, process or initiative that documents name as a tool (the Universal Periodic Review,
 * the Special Procedures, the Peacebuilding Commission's country-specific configurations, Rights
 * Up Front), belonging to an organisation where one is known.
 */
@ObjectType({
  implements: Node,
  description: "A mechanism, process or initiative that documents name as a tool against atrocity crimes (e.g. the Universal Periodic Review), with the organisation it belongs to and the documents that mention it.",
})
@Entity()
export class Mechanism extends Node {
  @Field({ description: "A stable, readable key (e.g. `universal-periodic-review`)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 80 })
  key: string;

  @Field({ description: "The mechanism's name." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: "The usual acronym (e.g. UPR); null when none is used." })
  @Column({ type: "varchar", length: 30, nullable: true })
  acronym: string | null;

  @Field(() => MechanismType, { description: "What kind of tool it is." })
  @Index()
  @Column({ type: "varchar", length: 30 })
  kind: MechanismType;

  @Field(() => [String], { description: "Other names the documents and sources use." })
  @Column({ type: "simple-json" })
  aliases: string[];

  @Field({ description: "What the mechanism is and does, as its sources describe it." })
  @Column({ type: "text" })
  description: string;

  @References(() => Organisation, { nullable: true })
  organisationId: number | null;
}
