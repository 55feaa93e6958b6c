import { registerEnumType } from "type-graphql";

/** How a state takes part in a UN regional group. */
export enum RegionalGroupRole {
  MEMBER = "MEMBER",
  TEMPORARY_MEMBER = "TEMPORARY_MEMBER",
  OBSERVER = "OBSERVER",
  ELECTORAL_PURPOSES = "ELECTORAL_PURPOSES",
}

registerEnumType(RegionalGroupRole, {
  name: "RegionalGroupRole",
  description: "How a state takes part in a UN regional group.",
  valuesConfig: {
    MEMBER: { description: "A full member of the group." },
    TEMPORARY_MEMBER: { description: "A member on a temporary basis (Israel in WEOG, New York, since 2000)." },
    OBSERVER: { description: "Attends the group as an observer (the United States in WEOG)." },
    ELECTORAL_PURPOSES: { description: "Counted in the group for elections only." },
  },
});
