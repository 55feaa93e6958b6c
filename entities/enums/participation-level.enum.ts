import { registerEnumType } from "type-graphql";

/** The level at which an actor was represented. */
export enum ParticipationLevel {
  HEAD_OF_STATE_OR_GOVERNMENT = "HEAD_OF_STATE_OR_GOVERNMENT",
  MINISTERIAL = "MINISTERIAL",
  HIGH_LEVEL = "HIGH_LEVEL",
  CAPITAL = "CAPITAL",
  MISSION = "MISSION",
  EXPERT = "EXPERT",
}

registerEnumType(ParticipationLevel, {
  name: "ParticipationLevel",
  description: "The level at which an actor was represented.",
  valuesConfig: {
    HEAD_OF_STATE_OR_GOVERNMENT: { description: "Head of state or government." },
    MINISTERIAL: { description: "Minister or deputy/vice minister." },
    HIGH_LEVEL: { description: "A high-level representative below minister." },
    CAPITAL: { description: "Officials from capital." },
    MISSION: { description: "Represented by the permanent mission." },
    EXPERT: { description: "Experts." },
  },
});
