import { registerEnumType } from "type-graphql";

/** How a partial date relates to the event. */
export enum DateQualifier {
  EXACT = "EXACT",
  ON_OR_BEFORE = "ON_OR_BEFORE",
  ON_OR_AFTER = "ON_OR_AFTER",
  CIRCA = "CIRCA",
  INFERRED = "INFERRED",
}

registerEnumType(DateQualifier, {
  name: "DateQualifier",
  description: "How a partial date relates to the event.",
  valuesConfig: {
    EXACT: { description: "On this date (to its precision)." },
    ON_OR_BEFORE: { description: "By this date: no later than it." },
    ON_OR_AFTER: { description: "No earlier than this date." },
    CIRCA: { description: "Around this date." },
    INFERRED: { description: "Deduced, not stated by a source; treat with care." },
  },
});
