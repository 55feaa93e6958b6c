import { Meeting } from "../../entities/meeting.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { CommitmentKind } from "../../entities/enums/commitment-kind.enum";
import { groupedRows } from "./rows.loaders";

/** The plans a meeting realised (the meetings whose `realisedAs` it is), earliest announced date first. */
export const meetingsByRealisedAs = groupedRows<Meeting>(Meeting, "meetingsByRealisedAs", {
  keyPath: "realisedAsId",
  keyOf: (row) => row.realisedAsId,
  orderBy: [["startAt.earliest", "ASC"]],
});

/** The passages of kind ANNOUNCEMENT that concern a meeting, document by document (in the order they were recorded), each in the order of its text. */
export const announcementsByMeeting = groupedRows<DocumentCommitment>(DocumentCommitment, "announcementsByMeeting", {
  keyPath: "meetingId",
  keyOf: (row) => row.meetingId,
  orderBy: [["documentId", "ASC"], ["position", "ASC"]],
  where: (qb) => void qb.andWhere("t.kind = :announcementKind", { announcementKind: CommitmentKind.ANNOUNCEMENT }),
});
