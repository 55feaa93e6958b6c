import { Field, ID, InputType, Int } from "type-graphql";
import { MeetingKind } from "../../entities/enums/meeting-kind.enum";
import { MeetingStatus } from "../../entities/enums/meeting-status.enum";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ACTOR_KEY, NETWORK_KEY, STATE_KEY } from "../natural-keys.descriptions";

/** Filters for `meetings`; all given conditions must hold. */
@InputType({ description: "Filters for `meetings`. Every condition given must hold." })
export class MeetingFilter {
  @Field(() => LocalDate, { nullable: true, description: "Only meetings that overlap the period starting on this day. A meeting known only to the month or year overlaps when any day it can mean does." })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: "Only meetings that overlap the period ending on this day; must not be before `from`." })
  to?: string;

  @Field(() => [MeetingKind], { nullable: true, description: "Only meetings of these kinds." })
  kinds?: MeetingKind[];

  @Field(() => [MeetingStatus], {
    nullable: true,
    description: "Only meetings with one of these statuses. Default `[HELD]`: without it the list holds only meetings that took place, as it did before plans were recorded, so counts of meetings held stay right. `[PLANNED]` lists announced plans (with their dates as announced); `[HELD, PLANNED]` both. An empty list matches nothing.",
  })
  status?: MeetingStatus[];

  @Field(() => String, { nullable: true, description: "Only meetings of this series (e.g. R2P_FOCAL_POINTS_ANNUAL_MEETING; case-insensitive)." })
  series?: string;

  @Field(() => String, { nullable: true, description: "Only meetings whose title holds every word of this text, in any order and any case (`annual meeting focal`). At most 200 characters." })
  title?: string;

  @Field(() => String, { nullable: true, description: `Only meetings of this network. ${NETWORK_KEY}` })
  network?: string;

  @Field(() => ID, { nullable: true, description: `Only meetings this state or organisation hosted or co-hosted. ${ACTOR_KEY}` })
  host?: string;

  @Field(() => ID, { nullable: true, description: `Only meetings this state or organisation took part in, in any role. ${ACTOR_KEY}` })
  participant?: string;

  @Field(() => [ParticipationRole], {
    nullable: true,
    description: "With `participant`: only meetings where it took part in one of these roles (e.g. `[ORGANISER, HOST, CO_HOST]`); an empty list matches nothing. Needs `participant`.",
  })
  participantRoles?: ParticipationRole[];

  @Field(() => ID, { nullable: true, description: "Only meetings this person (global id) took part in. An id of another type matches nothing; a string that is not a global id is an error." })
  person?: string;

  @Field(() => Int, { nullable: true, description: "Only meetings held during this session of the UN General Assembly (e.g. 66)." })
  ungaSession?: number;

  @Field(() => String, { nullable: true, description: `Only meetings held in this country. ${STATE_KEY}` })
  country?: string;
}
