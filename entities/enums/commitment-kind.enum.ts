import { registerEnumType } from "type-graphql";

/** What a passage of a document does. */
export enum CommitmentKind {
  PROPOSAL = "PROPOSAL",
  COMMITMENT = "COMMITMENT",
  ANNOUNCEMENT = "ANNOUNCEMENT",
  RECOMMENDATION = "RECOMMENDATION",
  CALL = "CALL",
}

registerEnumType(CommitmentKind, {
  name: "CommitmentKind",
  description: "What a passage of a document does.",
  valuesConfig: {
    PROPOSAL: { description: "Proposes something new." },
    COMMITMENT: { description: "Commits its authors to act." },
    ANNOUNCEMENT: { description: "Announces a future event or fact." },
    RECOMMENDATION: { description: "Recommends or suggests an action." },
    CALL: { description: "Calls on others to act." },
  },
});
