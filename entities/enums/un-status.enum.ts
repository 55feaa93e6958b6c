import { registerEnumType } from "type-graphql";

/** The standing of a state at the United Nations. */
export enum UnStatus {
  MEMBER = "MEMBER",
  OBSERVER = "OBSERVER",
  NON_MEMBER = "NON_MEMBER",
}

registerEnumType(UnStatus, {
  name: "UnStatus",
  description: "The standing of a state at the United Nations.",
  valuesConfig: {
    MEMBER: { description: "A UN member state." },
    OBSERVER: { description: "A non-member observer state (the Holy See, the State of Palestine)." },
    NON_MEMBER: { description: "Neither a member nor an observer state (e.g. Kosovo)." },
  },
});
