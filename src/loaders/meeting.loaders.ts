import type { SelectQueryBuilder } from "typeorm";
import { Meeting } from "../../entities/meeting.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { Observation } from "../../entities/observation.entity";
import type { ParticipationRole } from "../../entities/enums/participation-role.enum";
import type { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import { groupedRows, rowsByPk, rowsByUniqueColumn } from "./rows.loaders";

export const meetingByPk = rowsByPk(Meeting, "meetingByPk");
export const observationByPk = rowsByPk(Observation, "observationByPk");
export const meetingByKey = rowsByUniqueColumn(Meeting, "key", "meetingByKey");

/** Arguments that narrow a list of participations. */
export interface ParticipationArgs {
  roles?: ParticipationRole[];
  status?: ConfirmationStatus;
}

function whereParticipation(qb: SelectQueryBuilder<MeetingParticipation>, args: ParticipationArgs | undefined): void {
  // An empty role list asks for nothing; IN () is not valid SQL, so match an impossible role.
  if (args?.roles) qb.andWhere("t.role IN (:...roles)", { roles: args.roles.length ? args.roles : ["--"] });
  if (args?.status) qb.andWhere("t.status = :status", { status: args.status });
}

/**
 * Lists seen from an actor or a person read best in meeting order. A correlated sub-select on the
 * meeting's start keeps one row per participation (a join would be fine too, but this cannot multiply).
 */
function inMeetingOrder(qb: SelectQueryBuilder<MeetingParticipation>, args: ParticipationArgs | undefined): void {
  whereParticipation(qb, args);
  qb.addOrderBy("(SELECT mo.start_earliest FROM meeting mo WHERE mo.id = t.meeting_id)", "ASC");
}

/** A meeting's participations in the order the source lists them. */
export const participationsByMeeting = groupedRows<MeetingParticipation, ParticipationArgs>(MeetingParticipation, "participationsByMeeting", {
  keyPath: "meetingId",
  keyOf: (row) => row.meetingId,
  orderBy: [["position", "ASC"]],
  where: whereParticipation,
});

/** A state's participations, oldest meeting first. */
export const participationsByState = groupedRows<MeetingParticipation, ParticipationArgs>(MeetingParticipation, "participationsByState", {
  keyPath: "actor.stateId",
  keyOf: (row) => row.actor.stateId,
  where: inMeetingOrder,
});

/** An organisation's participations, oldest meeting first. */
export const participationsByOrganisation = groupedRows<MeetingParticipation, ParticipationArgs>(MeetingParticipation, "participationsByOrganisation", {
  keyPath: "actor.organisationId",
  keyOf: (row) => row.actor.organisationId,
  where: inMeetingOrder,
});

/** A person's participations, oldest meeting first. */
export const participationsByPerson = groupedRows<MeetingParticipation, ParticipationArgs>(MeetingParticipation, "participationsByPerson", {
  keyPath: "personId",
  keyOf: (row) => row.personId,
  where: inMeetingOrder,
});

/** Meetings held as part of a larger one, oldest first. */
export const meetingsByParent = groupedRows<Meeting>(Meeting, "meetingsByParent", {
  keyPath: "parentId",
  keyOf: (row) => row.parentId,
  orderBy: [["startAt.earliest", "ASC"]],
});

/** Meetings that followed up on one, oldest first. */
export const meetingsByFollowUpOf = groupedRows<Meeting>(Meeting, "meetingsByFollowUpOf", {
  keyPath: "followUpOfId",
  keyOf: (row) => row.followUpOfId,
  orderBy: [["startAt.earliest", "ASC"]],
});
