import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { Meeting } from "./meeting.entity";
import { Person } from "./person.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";
import { ParticipationRole } from "./enums/participation-role.enum";
import { ParticipationLevel } from "./enums/participation-level.enum";
import { ConfirmationStatus } from "./enums/confirmation-status.enum";

/** An actor's part in a meeting: its role, level, person and whether it was confirmed. */
@ObjectType({ description: "An actor's part in a meeting: role, level of representation, the person who spoke for it, and whether the source confirms it." })
@Entity()
@Check(ONE_ACTOR)
// "The meetings this state hosted": a state's rows of some roles, found without reading its other
// parts, with the meeting key in the index for the join that sorts them by date.
@Index("IDX_meeting_participation_state_role_meeting", ["actor.stateId", "role", "meetingId"])
export class MeetingParticipation extends Row {
  @References(() => Meeting)
  meetingId: number;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @Field(() => ParticipationRole, { description: "The actor's role at the meeting." })
  @Index()
  @Column({ type: "varchar", length: 30 })
  role: ParticipationRole;

  @Field(() => ParticipationLevel, { nullable: true, description: "The level at which the actor was represented." })
  @Column({ type: "varchar", length: 40, nullable: true })
  level: ParticipationLevel | null;

  @Field(() => ConfirmationStatus, { description: "Whether the source confirms this participation or marks it TBC." })
  @Column({ type: "varchar", length: 20 })
  status: ConfirmationStatus;

  @References(() => Person, { nullable: true })
  personId: number | null;

  @Field(() => String, { nullable: true, description: "The title the source gives at this meeting (e.g. 'High Level Representative')." })
  @Column({ type: "varchar", length: 300, nullable: true })
  title: string | null;

  @Field(() => Int, { description: "The order in which the source lists the participant." })
  @Column({ type: "integer", default: 0 })
  position: number;

  @Field(() => String, { nullable: true, description: "A note on the participation." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
