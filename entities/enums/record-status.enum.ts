import { registerEnumType } from "type-graphql";

/** Where a partner-maintained record is in its life: written, public, or withdrawn (issue 10 §2). */
export enum RecordStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  RETRACTED = "RETRACTED",
}

registerEnumType(RecordStatus, {
  name: "RecordStatus",
  description: "Where a record is in its life. Everything the seed data holds is PUBLISHED; partners write DRAFTs that a steward of their scope publishes.",
  valuesConfig: {
    DRAFT: { description: "Written by a partner and not yet published: visible only to its author partner, the stewards of its scope and administrators." },
    PUBLISHED: { description: "Part of the graph for everyone its visibility allows." },
    RETRACTED: { description: "Withdrawn by a steward, with a reason. The record and its history are kept, visible only to its author partner, the stewards of its scope and administrators." },
  },
});
