import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Node } from "./node.interface";
import { Citation } from "./citation.entity";
import { ObservationMetric } from "./enums/observation-metric.enum";
import { ObservationQualifier } from "./enums/observation-qualifier.enum";
import { PartialDate, presentDate } from "./partial-date.embedded";
import { Publication } from "./publication.embedded";

/**
 * A count as one source reported it. Counts are observations, not facts: conflicting reports of
 * the same thing are separate rows, each with its source.
 */
@ObjectType({ implements: Node, description: "A count as one source reported it (\"14 Ministers\", \"more than 20\"). Conflicting reports coexist, each with its own source." })
@Entity()
@Index(["subjectType", "subjectId"])
export class Observation extends Node {
  @Column({ type: "varchar", length: 40 })
  subjectType: string;

  @Column({ type: "integer" })
  subjectId: number;

  @Field(() => ObservationMetric, { description: "What is counted." })
  @Column({ type: "varchar", length: 40 })
  metric: ObservationMetric;

  @Field(() => Int, { description: "The number reported." })
  @Column({ type: "integer" })
  value: number;

  @Field(() => ObservationQualifier, { description: "How exact the number is (EXACT, MORE_THAN, ABOUT, AT_LEAST)." })
  @Column({ type: "varchar", length: 12 })
  qualifier: ObservationQualifier;

  @Column(() => PartialDate, { prefix: "as_of" })
  asOfAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "The date the count refers to." })
  get asOf(): PartialDate | null {
    return presentDate(this.asOfAt);
  }

  @Field(() => String, { nullable: true, description: "The source's own words." })
  @Column({ type: "text", nullable: true })
  text: string | null;

  @Field(() => String, { nullable: true, description: "A note, e.g. on how this count conflicts with others." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @References(() => Citation)
  citationId: number;

  @Field(() => Publication, { description: "Its publication state: status, visibility, version (state it when updating) and any retraction reason." })
  @Column(() => Publication, { prefix: "pub" })
  publication: Publication;
}
