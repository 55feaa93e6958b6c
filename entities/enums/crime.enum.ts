import { registerEnumType } from "type-graphql";

/** A crime a treaty covers. */
export enum Crime {
  GENOCIDE = "GENOCIDE",
  CRIMES_AGAINST_HUMANITY = "CRIMES_AGAINST_HUMANITY",
  WAR_CRIMES = "WAR_CRIMES",
  AGGRESSION = "AGGRESSION",
  TORTURE = "TORTURE",
  ENFORCED_DISAPPEARANCE = "ENFORCED_DISAPPEARANCE",
  OTHER = "OTHER",
}

registerEnumType(Crime, {
  name: "Crime",
  description: "A crime a treaty covers.",
  valuesConfig: {
    GENOCIDE: { description: "Genocide." },
    CRIMES_AGAINST_HUMANITY: { description: "Crimes against humanity." },
    WAR_CRIMES: { description: "War crimes." },
    AGGRESSION: { description: "The crime of aggression." },
    TORTURE: { description: "Torture." },
    ENFORCED_DISAPPEARANCE: { description: "Enforced disappearance." },
    OTHER: { description: "Another international crime." },
  },
});
