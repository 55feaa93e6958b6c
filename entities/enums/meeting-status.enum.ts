import { registerEnumType } from "type-graphql";

/** Whether a meeting took place or is only known as a plan. */
export enum MeetingStatus {
  HELD = "HELD",
  PLANNED = "PLANNED",
  CANCELLED = "CANCELLED",
}

registerEnumType(MeetingStatus, {
  name: "MeetingStatus",
  description:
    "Whether a meeting took place. A plan or announcement (\"the next meeting … will be held in the first half of 2012\") is a meeting of its own with status PLANNED, its date as announced, and `realisedAs` pointing at the meeting that took place.",
  valuesConfig: {
    HELD: { description: "The meeting took place (every meeting recorded before statuses existed)." },
    PLANNED: { description: "A meeting as planned or announced beforehand, with the date and place the announcement gave. It keeps this status after the event: the meeting that took place is a separate HELD meeting, linked through `realisedAs`." },
    CANCELLED: { description: "A meeting that was planned or announced and then called off." },
  },
});
