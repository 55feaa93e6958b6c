import { Field, Int, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { DatePrecision } from "./enums/date-precision.enum";
import { DateQualifier } from "./enums/date-qualifier.enum";
import { LocalDate } from "../src/scalars/local-date.scalar";

/**
 * A date known only to some precision: "September 2010", "the first half of 2012", "17 May 2011".
 * Stored as the earliest and latest days it can mean, so range filters stay plain comparisons.
 */
@ObjectType({ description: "A date known to a precision (day, month, quarter, half year or year), with the source's own wording." })
export class PartialDate {
  @Field(() => LocalDate, { description: "The earliest day this date can mean." })
  @Column({ type: "varchar", length: 10, nullable: true })
  earliest: string;

  @Field(() => LocalDate, { description: "The latest day this date can mean." })
  @Column({ type: "varchar", length: 10, nullable: true })
  latest: string;

  @Field(() => DatePrecision, { description: "How precisely the date is known." })
  @Column({ type: "varchar", length: 10, nullable: true })
  precision: DatePrecision;

  @Field(() => DateQualifier, { description: "How the date relates to the event: exact, by (on or before), circa, inferred…" })
  @Column({ type: "varchar", length: 12, nullable: true })
  qualifier: DateQualifier;

  @Column({ type: "varchar", length: 200, nullable: true })
  label: string | null;

  @Field(() => Int, { description: "The year." })
  get year(): number {
    return Number(this.earliest.slice(0, 4));
  }

  @Field(() => Int, { nullable: true, description: "The month (1-12), when known to the month or day." })
  get month(): number | null {
    return this.precision === DatePrecision.DAY || this.precision === DatePrecision.MONTH ? Number(this.earliest.slice(5, 7)) : null;
  }

  @Field(() => Int, { nullable: true, description: "The day of the month, when known to the day." })
  get day(): number | null {
    return this.precision === DatePrecision.DAY ? Number(this.earliest.slice(8, 10)) : null;
  }

  @Field({ description: "The compact form: 2011-05-17, 2011-05, 2012-Q3, 2012-H1 or 2011." })
  get iso(): string {
    return isoOf(this.earliest, this.precision);
  }

  @Field({ description: "The date as a person would write it, in the source's wording where it has one (otherwise e.g. \"17 May 2011\", \"first half of 2012\", \"by 8 September 2014\")." })
  get text(): string {
    return this.label ?? humanText(this.earliest, this.precision, this.qualifier);
  }
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ORDINALS = ["first", "second", "third", "fourth"];

/** English wording for a partial date that has no wording of its own in the sources. */
function humanText(earliest: string, precision: DatePrecision, qualifier: DateQualifier): string {
  const year = earliest.slice(0, 4);
  const month = Number(earliest.slice(5, 7));
  const base = {
    [DatePrecision.DAY]: `${Number(earliest.slice(8, 10))} ${MONTHS[month - 1]} ${year}`,
    [DatePrecision.MONTH]: `${MONTHS[month - 1]} ${year}`,
    [DatePrecision.QUARTER]: `${ORDINALS[Math.ceil(month / 3) - 1]} quarter of ${year}`,
    [DatePrecision.HALF_YEAR]: `${month <= 6 ? "first" : "second"} half of ${year}`,
    [DatePrecision.YEAR]: year,
  }[precision] ?? year;
  switch (qualifier) {
    case DateQualifier.ON_OR_BEFORE: return `by ${base}`;
    case DateQualifier.ON_OR_AFTER: return `${base} or later`;
    case DateQualifier.CIRCA: return `about ${base}`;
    case DateQualifier.INFERRED: return `${base} (inferred)`;
    default: return base;
  }
}

function isoOf(earliest: string, precision: DatePrecision): string {
  const year = earliest.slice(0, 4);
  const month = Number(earliest.slice(5, 7));
  switch (precision) {
    case DatePrecision.DAY: return earliest;
    case DatePrecision.MONTH: return earliest.slice(0, 7);
    case DatePrecision.QUARTER: return `${year}-Q${Math.ceil(month / 3)}`;
    case DatePrecision.HALF_YEAR: return `${year}-H${month <= 6 ? 1 : 2}`;
    default: return year;
  }
}

/** A stored partial date is absent when its columns are null; TypeORM still hydrates an object. */
export function presentDate(value: PartialDate | null | undefined): PartialDate | null {
  return value && value.earliest ? value : null;
}
