import { registerEnumType } from "type-graphql";

/** How a meeting was held. */
export enum MeetingMode {
  IN_PERSON = "IN_PERSON",
  VIRTUAL = "VIRTUAL",
  HYBRID = "HYBRID",
}

registerEnumType(MeetingMode, {
  name: "MeetingMode",
  description: "How a meeting was held.",
  valuesConfig: {
    IN_PERSON: { description: "In person." },
    VIRTUAL: { description: "Online." },
    HYBRID: { description: "In person with online participation." },
  },
});
