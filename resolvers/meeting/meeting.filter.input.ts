import { Field, ID, InputType, Int } from "type-graphql";
import { MeetingKind } from "../../entities/enums/meeting-kind.enum";

/** Filters for `meetings`; all given conditions must hold. */
@InputType({ description: "Filters for `meetings`. Every condition given must hold." })
export class MeetingFilter {
  @Field(() => String, { nullable: true, description: "Only meetings that overlap the period starting on this day (YYYY-MM-DD). A meeting known only to the month or year overlaps when any day it can mean does." })
  from?: string;

  @Field(() => String, { nullable: true, description: "Only meetings that overlap the period ending on this day (YYYY-MM-DD); must not be before `from`." })
  to?: string;

  @Field(() => [MeetingKind], { nullable: true, description: "Only meetings of these kinds." })
  kinds?: MeetingKind[];

  @Field(() => String, { nullable: true, description: "Only meetings of this series (e.g. R2P_FOCAL_POINTS_ANNUAL_MEETING; case-insensitive)." })
  series?: string;

  @Field(() => String, { nullable: true, description: "Only meetings of this network (slug, e.g. `r2p-focal-points`)." })
  network?: string;

  @Field(() => ID, { nullable: true, description: "Only meetings this actor (global id of a State or Organisation) hosted or co-hosted. An id of another type matches nothing; a string that is not a global id is an error." })
  host?: string;

  @Field(() => ID, { nullable: true, description: "Only meetings this actor (global id of a State or Organisation) took part in, in any role. An id of another type matches nothing; a string that is not a global id is an error." })
  participant?: string;

  @Field(() => ID, { nullable: true, description: "Only meetings this person (global id) took part in. An id of another type matches nothing; a string that is not a global id is an error." })
  person?: string;

  @Field(() => Int, { nullable: true, description: "Only meetings held during this session of the UN General Assembly (e.g. 66)." })
  ungaSession?: number;

  @Field(() => String, { nullable: true, description: "Only meetings held in this country (ISO alpha-2 or alpha-3 code, case-insensitive)." })
  country?: string;
}
