import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Node } from "./node.interface";
import { MeetingKind } from "./enums/meeting-kind.enum";
import { MeetingMode } from "./enums/meeting-mode.enum";
import { MeetingStatus } from "./enums/meeting-status.enum";
import { PartialDate, presentDate } from "./partial-date.embedded";
import { State } from "./state.entity";
import { Network } from "./network.entity";
import { Publication } from "./publication.embedded";

/** A meeting, conference, dialogue or side event. */
@ObjectType({ implements: Node, description: "A meeting: a focal-point meeting, a ministerial roundtable, a General Assembly dialogue, a side event, a diplomatic conference…" })
@Entity()
export class Meeting extends Node {
  @Field({ description: "A stable, readable key (e.g. `r2p-fp-2011-new-york`)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 100 })
  key: string;

  @Field({ description: "The meeting's title." })
  @Column({ type: "varchar", length: 500 })
  title: string;

  @Field(() => MeetingKind, { description: "What kind of meeting this is." })
  @Index()
  @Column({ type: "varchar", length: 40 })
  kind: MeetingKind;

  @Field(() => String, { nullable: true, description: "The series the meeting belongs to (e.g. R2P_FOCAL_POINTS_ANNUAL_MEETING)." })
  @Index()
  @Column({ type: "varchar", length: 80, nullable: true })
  series: string | null;

  @Field(() => Int, { nullable: true, description: "Its number in the series; null where sources disagree (see observations with metric ORDINAL)." })
  @Column({ type: "integer", nullable: true })
  ordinal: number | null;

  @Column(() => PartialDate, { prefix: "start" })
  startAt: PartialDate;

  @Column(() => PartialDate, { prefix: "end" })
  endAt: PartialDate;

  @Field(() => PartialDate, { description: "The first day (or the only one)." })
  get start(): PartialDate {
    return this.startAt;
  }

  @Field(() => PartialDate, { nullable: true, description: "The last day of a meeting that ran over several days." })
  get end(): PartialDate | null {
    return presentDate(this.endAt);
  }

  @Field(() => String, { nullable: true, description: "The local start time, HH:MM." })
  @Column({ type: "varchar", length: 5, nullable: true })
  startTime: string | null;

  @Field(() => String, { nullable: true, description: "The local end time, HH:MM." })
  @Column({ type: "varchar", length: 5, nullable: true })
  endTime: string | null;

  @Field(() => String, { nullable: true, description: "The city." })
  @Column({ type: "varchar", length: 100, nullable: true })
  city: string | null;

  @References(() => State, { nullable: true })
  countryId: number | null;

  @Field(() => String, { nullable: true, description: "The venue (e.g. UNHQ Conference Room 4, Peace Palace)." })
  @Column({ type: "varchar", length: 300, nullable: true })
  venue: string | null;

  @Field(() => MeetingMode, { nullable: true, description: "In person, virtual or hybrid; null when the sources do not say." })
  @Column({ type: "varchar", length: 12, nullable: true })
  mode: MeetingMode | null;

  @Field(() => Int, { nullable: true, description: "The session of the UN General Assembly it was held during (e.g. 66)." })
  @Column({ type: "integer", nullable: true })
  ungaSession: number | null;

  @References(() => Network, { nullable: true })
  networkId: number | null;

  @References(() => Meeting, { nullable: true })
  parentId: number | null;

  @References(() => Meeting, { nullable: true })
  followUpOfId: number | null;

  @Field(() => MeetingStatus, { description: "Whether the meeting took place (HELD) or is a plan or announcement (PLANNED) whose date and place are as announced; see `realisedAs`." })
  @Index()
  @Column({ type: "varchar", length: 12, default: MeetingStatus.HELD })
  status: MeetingStatus;

  /** For a planned meeting: the meeting that took place in its stead (see resolvers/meeting/meeting-plans.resolver.ts). */
  @References(() => Meeting, { nullable: true })
  realisedAsId: number | null;

  @Field(() => String, { nullable: true, description: "The theme or title of the agenda." })
  @Column({ type: "varchar", length: 500, nullable: true })
  theme: string | null;

  @Field(() => String, { nullable: true, description: "What happened, in a few sentences." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => Publication, { description: "Its publication state: status, visibility, version (state it when updating) and any retraction reason." })
  @Column(() => Publication, { prefix: "pub" })
  publication: Publication;
}
