import { registerEnumType } from "type-graphql";

/** The kind of a document. */
export enum DocumentKind {
  JOINT_STATEMENT = "JOINT_STATEMENT",
  JOINT_PRESS_STATEMENT = "JOINT_PRESS_STATEMENT",
  COMMUNIQUE = "COMMUNIQUE",
  CHAIRS_SUMMARY = "CHAIRS_SUMMARY",
  MEETING_SUMMARY = "MEETING_SUMMARY",
  NATIONAL_STATEMENT = "NATIONAL_STATEMENT",
  GROUP_STATEMENT = "GROUP_STATEMENT",
  REGIONAL_STATEMENT = "REGIONAL_STATEMENT",
  PRESS_RELEASE = "PRESS_RELEASE",
  EVENT_NOTICE = "EVENT_NOTICE",
  SG_REPORT = "SG_REPORT",
  LETTER = "LETTER",
  GUIDELINES = "GUIDELINES",
  OUTCOME_DOCUMENT = "OUTCOME_DOCUMENT",
  TREATY_TEXT = "TREATY_TEXT",
}

registerEnumType(DocumentKind, {
  name: "DocumentKind",
  description: "The kind of a document.",
  valuesConfig: {
    JOINT_STATEMENT: { description: "A statement by several actors." },
    JOINT_PRESS_STATEMENT: { description: "A joint press statement." },
    COMMUNIQUE: { description: "A communiqué." },
    CHAIRS_SUMMARY: { description: "A chair's summary." },
    MEETING_SUMMARY: { description: "A summary of a meeting." },
    NATIONAL_STATEMENT: { description: "A statement by one state." },
    GROUP_STATEMENT: { description: "A statement on behalf of a group." },
    REGIONAL_STATEMENT: { description: "A statement by a regional organisation." },
    PRESS_RELEASE: { description: "A press release." },
    EVENT_NOTICE: { description: "An event announcement or information page." },
    SG_REPORT: { description: "A report of the UN Secretary-General." },
    LETTER: { description: "A letter." },
    GUIDELINES: { description: "Guidelines or terms of reference." },
    OUTCOME_DOCUMENT: { description: "An outcome document." },
    TREATY_TEXT: { description: "The text of a treaty." },
  },
});
