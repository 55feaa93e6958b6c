import type { RecordChecker } from "./checker";
import { MeetingStatus } from "../../entities/enums/meeting-status.enum";

/**
 * A meeting's status and its realisation: a plan (PLANNED or CANCELLED) records no participants
 * (taking part is attendance, and a plan was not attended), only a plan has `realisedAs`, and what
 * realised a plan is a meeting that was HELD. `statusOf` gives every meeting key's status.
 */
export function checkMeetingStatus(v: RecordChecker, record: any, statusOf: Map<string, string>): void {
  const status = v.enumValue(record, "status", MeetingStatus, MeetingStatus.HELD);
  if (status !== MeetingStatus.HELD && (record?.participants ?? []).length) v.fail(`a ${status} meeting has no participants: record who took part on the meeting that was held`);
  const realisedAs = v.optRef("meeting", record?.realisedAs, "realisedAs");
  if (realisedAs == null) return;
  if (status === MeetingStatus.HELD) v.fail("realisedAs is only for a PLANNED or CANCELLED meeting: it points from a plan to the meeting that was held");
  else if ((statusOf.get(realisedAs) ?? MeetingStatus.HELD) !== MeetingStatus.HELD) v.fail(`realisedAs must point at a HELD meeting (${JSON.stringify(realisedAs)} is ${statusOf.get(realisedAs)})`);
}
