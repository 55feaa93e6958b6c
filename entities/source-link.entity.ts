import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { Citation } from "./citation.entity";

/**
 * Links any fact (a row of any table, named by type and key) to a citation, with the source's own
 * words. One table for every kind of fact keeps `sources` loadable with one batched query.
 */
@ObjectType({ description: "A citation supporting a fact, with the words of the source that support it." })
@Entity()
@Index(["subjectType", "subjectId"])
export class SourceLink extends Row {
  @Column({ type: "varchar", length: 40 })
  subjectType: string;

  @Column({ type: "integer" })
  subjectId: number;

  @References(() => Citation)
  citationId: number;

  @Field(() => String, { nullable: true, description: "The words of the source that support the fact." })
  @Column({ type: "text", nullable: true })
  quote: string | null;

  @Field(() => String, { nullable: true, description: "A note on how the source supports the fact." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
