import { registerEnumType } from "type-graphql";

/** How exact a reported count is. */
export enum ObservationQualifier {
  EXACT = "EXACT",
  MORE_THAN = "MORE_THAN",
  ABOUT = "ABOUT",
  AT_LEAST = "AT_LEAST",
}

registerEnumType(ObservationQualifier, {
  name: "ObservationQualifier",
  description: "How exact a reported count is.",
  valuesConfig: {
    EXACT: { description: "Exactly this value." },
    MORE_THAN: { description: "More than this value." },
    ABOUT: { description: "About this value (also 'nearly')." },
    AT_LEAST: { description: "At least this value." },
  },
});
