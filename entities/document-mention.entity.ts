import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { Document } from "./document.entity";
import { DocumentCommitment } from "./document-commitment.entity";
import { Mechanism } from "./mechanism.entity";
import { AtrocityCrime } from "./atrocity-crime.entity";
import { MechanismPurpose } from "./enums/mechanism-purpose.enum";

/** A document naming a mechanism or a crime, in its own words; exactly one of the two per row. */
@ObjectType({ description: "A document naming a mechanism or a crime, with the words it uses, the passage they are in and, for a mechanism, what the document names it for." })
@Entity()
@Check(`("mechanism_id" IS NULL) <> ("crime_id" IS NULL)`)
export class DocumentMention extends Row {
  @References(() => Document)
  documentId: number;

  /** The passage (a `DocumentCommitment`) the words are in; null when they are in no recorded passage. */
  @References(() => DocumentCommitment, { nullable: true })
  commitmentId: number | null;

  @References(() => Mechanism, { nullable: true, onDelete: "CASCADE" })
  mechanismId: number | null;

  @References(() => AtrocityCrime, { nullable: true, onDelete: "CASCADE" })
  crimeId: number | null;

  @Field(() => MechanismPurpose, { nullable: true, description: "What the document names the mechanism for (e.g. EARLY_WARNING); null for crimes and when the document does not say." })
  @Column({ type: "varchar", length: 20, nullable: true })
  purpose: MechanismPurpose | null;

  @Field({ description: "The document's own words naming the mechanism or crime, quoted exactly." })
  @Column({ type: "text" })
  quote: string;

  @Field(() => String, { nullable: true, description: "A note on how the document names it (e.g. under which heading)." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Int, { description: "The order of the mention in the document." })
  @Column({ type: "integer", default: 0 })
  position: number;
}
