import { registerEnumType } from "type-graphql";

/** What a document names a mechanism for. */
export enum MechanismPurpose {
  EARLY_WARNING = "EARLY_WARNING",
  PREVENTION = "PREVENTION",
  RESPONSE = "RESPONSE",
  ACCOUNTABILITY = "ACCOUNTABILITY",
  OTHER = "OTHER",
}

registerEnumType(MechanismPurpose, {
  name: "MechanismPurpose",
  description: "What a document names a mechanism for: the same mechanism can be named for early warning in one statement and for accountability in another.",
  valuesConfig: {
    EARLY_WARNING: { description: "Early warning: identifying the first signs of a risk of atrocity crimes." },
    PREVENTION: { description: "Preventing atrocity crimes, other than by early warning." },
    RESPONSE: { description: "Responding to atrocity crimes under way." },
    ACCOUNTABILITY: { description: "Accountability: investigating and prosecuting atrocity crimes." },
    OTHER: { description: "Another purpose, described in the mention's note." },
  },
});
