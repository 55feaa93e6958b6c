import type { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { fromGlobalId } from "../global-id";
import { checkTextArg } from "./arg-checks";
import type { SqlCondition } from "./natural-key";

/** What the `attended` filters carry (resolvers/meeting/attendance.filter.input.ts), read here without importing upward. */
export interface Attendance {
  meeting?: string | null;
  roles?: ParticipationRole[] | null;
}

/**
 * The condition "the actor in `actorColumn` took part in the meeting, in one of the roles": one
 * EXISTS over meeting_participation, so an actor with several roles at a meeting stays one row.
 * The meeting is a global id or its key, resolved inside the same statement (no extra round trip).
 * `owner` is the outer row's id column (`s.id`); `p` keeps aliases and parameters apart within the query.
 */
export function attendanceCondition(argumentName: string, given: Attendance, actorColumn: "state_id" | "organisation_id", owner: string, p: string): SqlCondition {
  const parts = [`${p}.${actorColumn} = ${owner}`];
  const params: Record<string, unknown> = {};
  if (given.meeting != null) {
    // Blank or oversized text is refused; the key is compared whole (checkTextArg's LIKE escaping does not apply).
    checkTextArg(`${argumentName}.meeting`, given.meeting);
    const value = given.meeting.trim();
    const id = fromGlobalId(value);
    if (id) {
      parts.push(`${p}.meeting_id = :${p}MeetingPk`);
      // An id of another type names no meeting: it matches nothing, like an unknown key.
      params[`${p}MeetingPk`] = id.type === "Meeting" ? id.id : 0;
    } else {
      parts.push(`${p}.meeting_id IN (SELECT ${p}_m.id FROM meeting ${p}_m WHERE ${p}_m.key = :${p}MeetingKey)`);
      params[`${p}MeetingKey`] = value.toLowerCase();
    }
  }
  if (given.roles != null) {
    // GraphQL's enum validation has already refused unknown roles; an empty list matches nothing.
    parts.push(`${p}.role IN (:...${p}Roles)`);
    params[`${p}Roles`] = given.roles.length ? given.roles : ["--"];
  }
  return { sql: `EXISTS (SELECT 1 FROM meeting_participation ${p} WHERE ${parts.join(" AND ")})`, params };
}
