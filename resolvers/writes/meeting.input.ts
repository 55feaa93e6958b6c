import { Field, ID, InputType, Int } from "type-graphql";
import { MeetingKind } from "../../entities/enums/meeting-kind.enum";
import { MeetingMode } from "../../entities/enums/meeting-mode.enum";
import { MeetingStatus } from "../../entities/enums/meeting-status.enum";
import { Visibility } from "../../entities/enums/visibility.enum";
import { ParticipantInput } from "./participant.input";
import { SourceInput } from "./source.input";

const DATE = "as a partial date: `2011-05-17`, `2011-05`, `2012-Q3`, `2012-H1` or `2011`";
const SCOPE = "Decides the scope with `country`: the network's CONTRIBUTORs write the meeting and its STEWARDs publish it.";

/**
 * Changes to a meeting, and the base of the new-meeting input: declared once, since type-graphql
 * gives a subclass its parent's `@Field`s and lets it redeclare some (required on create).
 */
@InputType({ description: "Changes to a meeting: give only what changes (null clears an optional field). `participants`, when given, replaces the list." })
export class UpdateMeetingInput {
  @Field(() => String, { nullable: true, description: "A new key, unique among meetings." })
  key?: string | null;

  @Field(() => String, { nullable: true, description: "A new title." })
  title?: string | null;

  @Field(() => MeetingKind, { nullable: true, description: "What kind of meeting it is." })
  kind?: MeetingKind | null;

  @Field(() => String, { nullable: true, description: `The first day, ${DATE}.` })
  start?: string | null;

  @Field(() => [SourceInput], { nullable: true, description: "Further sources for the meeting as changed; added to those it has." })
  sources?: SourceInput[] | null;

  @Field(() => MeetingStatus, { nullable: true, description: "HELD (default), PLANNED or CANCELLED." })
  status?: MeetingStatus | null;

  @Field(() => String, { nullable: true, description: "The series it belongs to (e.g. R2P_FOCAL_POINTS_ANNUAL_MEETING; at most 80 characters)." })
  series?: string | null;

  @Field(() => Int, { nullable: true, description: "Its number in the series." })
  ordinal?: number | null;

  @Field(() => String, { nullable: true, description: `The last day of a meeting over several days, ${DATE}; not before \`start\`.` })
  end?: string | null;

  @Field(() => String, { nullable: true, description: "The local start time, HH:MM." })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: "The local end time, HH:MM." })
  endTime?: string | null;

  @Field(() => String, { nullable: true, description: "The city (at most 100 characters)." })
  city?: string | null;

  @Field(() => ID, { nullable: true, description: "The host country: `GH`, `state:GH` or a State's global id. The meeting's scope when it has no network." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "The venue (at most 300 characters)." })
  venue?: string | null;

  @Field(() => MeetingMode, { nullable: true, description: "In person, virtual or hybrid." })
  mode?: MeetingMode | null;

  @Field(() => Int, { nullable: true, description: "The session of the UN General Assembly it was held during (e.g. 66)." })
  ungaSession?: number | null;

  @Field(() => ID, { nullable: true, description: `The network whose meeting this is: its slug or global id. ${SCOPE}` })
  network?: string | null;

  @Field(() => ID, { nullable: true, description: "The larger meeting this one was part of: its key or global id." })
  parent?: string | null;

  @Field(() => ID, { nullable: true, description: "The earlier meeting this one followed up on: its key or global id." })
  followUpOf?: string | null;

  @Field(() => String, { nullable: true, description: "The theme or title of the agenda (at most 500 characters)." })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: "What happened, in a few sentences." })
  description?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: "Who took part, in the order the source lists them. On an update the list replaces the meeting's participants (the removed ones stay in `history`)." })
  participants?: ParticipantInput[] | null;
}

/** A new meeting, written as a draft of the partner. */
@InputType({ description: "A new meeting: written as a DRAFT in its network's scope (else its host country's), published by a STEWARD of that scope with `publishRecord`." })
export class CreateMeetingInput extends UpdateMeetingInput {
  @Field(() => String, { description: "A stable, readable key, unique among meetings: lower-case letters, digits and dashes (e.g. `r2p-fp-2027-accra`)." })
  declare key: string;

  @Field(() => String, { description: "The meeting's title (at most 500 characters)." })
  declare title: string;

  @Field(() => MeetingKind, { description: "What kind of meeting it is." })
  declare kind: MeetingKind;

  @Field(() => String, { description: `The first day (or the only one), ${DATE}.` })
  declare start: string;

  @Field(() => Visibility, { nullable: true, description: "Who may read it once published: PUBLIC (default) or PARTNERS." })
  visibility?: Visibility | null;

  @Field(() => [SourceInput], { description: "Where the meeting is recorded (a programme, a press release, a summary): at least one." })
  declare sources: SourceInput[];
}
