import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { State } from "./state.entity";
import { Actor } from "./actor.interface";
import { Node } from "./node.interface";
import { OrganisationKind } from "./enums/organisation-kind.enum";
import { PartialDate, presentDate } from "./partial-date.embedded";

/** A regional or international organisation, a UN entity, an institution or an NGO. */
@ObjectType({ implements: [Node, Actor], description: "A regional or international organisation, a UN entity, an institution of another organisation, or an NGO or research centre." })
@Entity()
export class Organisation extends Actor {
  @Field({ description: "A stable, readable key (e.g. `gcr2p`, `eu`)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 60 })
  key: string;

  @Field(() => String, { nullable: true, description: "The usual acronym (e.g. GCR2P, ECOWAS)." })
  @Index()
  @Column({ type: "varchar", length: 30, nullable: true })
  acronym: string | null;

  @Field(() => OrganisationKind, { description: "What kind of organisation this is." })
  @Column({ type: "varchar", length: 40 })
  kind: OrganisationKind;

  @Field(() => [String], { description: "Other names: former names and spellings." })
  @Column({ type: "simple-json" })
  aliases: string[];

  @References(() => Organisation, { nullable: true })
  parentId: number | null;

  @Field(() => String, { nullable: true, description: "The city of the headquarters." })
  @Column({ type: "varchar", length: 100, nullable: true })
  headquarters: string | null;

  @References(() => State, { nullable: true })
  headquartersCountryId: number | null;

  @Field(() => String, { nullable: true, description: "The official website." })
  @Column({ type: "varchar", length: 500, nullable: true })
  url: string | null;

  @Column(() => PartialDate, { prefix: "founded" })
  foundedAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "When the organisation was founded." })
  get founded(): PartialDate | null {
    return presentDate(this.foundedAt);
  }

  @Field(() => String, { nullable: true, description: "A one-sentence description." })
  @Column({ type: "text", nullable: true })
  description: string | null;
}
