import { Field, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { Row } from "./row.base";
import { PartialDate, presentDate } from "./partial-date.embedded";

/**
 * A row that holds for a period: memberships, terms, positions. Both ends are partial dates; the
 * stored earliest/latest days let `asOf` filters run as plain comparisons in SQL.
 */
// Decorated so subclasses inherit start/end; type-graphql 2 emits only reachable types, so no
// `TemporalRow` type appears in the schema.
@ObjectType()
export abstract class TemporalRow extends Row {
  @Column(() => PartialDate, { prefix: "start" })
  startAt: PartialDate;

  @Column(() => PartialDate, { prefix: "end" })
  endAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "When this began; null when the sources do not say." })
  get start(): PartialDate | null {
    return presentDate(this.startAt);
  }

  @Field(() => PartialDate, { nullable: true, description: "When this ended; null while it lasts or when the sources do not say." })
  get end(): PartialDate | null {
    return presentDate(this.endAt);
  }
}
