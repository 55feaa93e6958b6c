import { Field, InputType } from "type-graphql";
import { UnStatus } from "../../entities/enums/un-status.enum";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { AttendanceFilter } from "../meeting/attendance.filter.input";
import { NETWORK_KEY, STATE_KEY, TREATY_KEY } from "../natural-keys.descriptions";

/** Filters for `states`; all given conditions must hold. */
@InputType({ description: "Filters for `states`. Every condition given must hold." })
export class StateFilter {
  @Field(() => [String], { nullable: true, description: `Only these states; codes and ids may be mixed. ${STATE_KEY}` })
  codes?: string[];

  @Field({ nullable: true, description: "Name, official name or alias contains this text (case-insensitive)." })
  name?: string;

  @Field(() => UnStatus, { nullable: true, description: "Only states with this UN status." })
  unStatus?: UnStatus;

  @Field({ nullable: true, description: "Only members of this UN regional group (key, e.g. WESTERN_EUROPEAN_AND_OTHERS), in any role." })
  regionalGroup?: string;

  @Field({ nullable: true, description: "Only states in this geographic region (e.g. Africa)." })
  region?: string;

  @Field({ nullable: true, description: "Only states in this geographic subregion (e.g. Western Africa)." })
  subregion?: string;

  @Field({ nullable: true, description: `Only states that are members of this network, at any time or as of \`asOf\`. ${NETWORK_KEY}` })
  memberOfNetwork?: string;

  @Field({ nullable: true, description: `Only states that signed this treaty proposal. ${TREATY_KEY}` })
  signedTreaty?: string;

  @Field({ nullable: true, description: `Only states that are parties to this treaty proposal: ratified, accepted, approved, acceded or succeeded, and not denounced. ${TREATY_KEY}` })
  partyToTreaty?: string;

  @Field(() => AttendanceFilter, {
    nullable: true,
    description: "Only states that took part in this meeting (or any meeting), in one of these roles (or any role). Combine with `signedTreaty` to ask which attendees signed a treaty.",
  })
  attended?: AttendanceFilter;

  @Field(() => LocalDate, { nullable: true, description: "The date that `memberOfNetwork` and `regionalGroup` are evaluated on." })
  asOf?: string;
}
