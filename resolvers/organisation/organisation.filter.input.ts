import { Field, InputType } from "type-graphql";
import { OrganisationKind } from "../../entities/enums/organisation-kind.enum";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { AttendanceFilter } from "../meeting/attendance.filter.input";
import { ORGANISATION_KEY, STATE_KEY } from "../natural-keys.descriptions";

/** Filters for `organisations`; all given conditions must hold. */
@InputType({ description: "Filters for `organisations`. Every condition given must hold." })
export class OrganisationFilter {
  @Field(() => [OrganisationKind], { nullable: true, description: "Only organisations of one of these kinds." })
  kinds?: OrganisationKind[];

  @Field({ nullable: true, description: "Name, acronym or alias contains this text (case-insensitive)." })
  name?: string;

  @Field({ nullable: true, description: `Only organisations this state belongs to, at any time or as of \`memberAsOf\`. ${STATE_KEY}` })
  memberState?: string;

  @Field(() => LocalDate, { nullable: true, description: "The day `memberState` is evaluated on; needs `memberState`." })
  memberAsOf?: string;

  @Field({ nullable: true, description: `Only direct sub-bodies of this organisation (e.g. \`eu\`). ${ORGANISATION_KEY}` })
  parent?: string;

  @Field(() => AttendanceFilter, { nullable: true, description: "Only organisations that took part in this meeting (or any meeting), in one of these roles (or any role)." })
  attended?: AttendanceFilter;
}
