import { registerEnumType } from "type-graphql";

/** An international crime: one a treaty covers, or one of the four crimes of the responsibility to protect. */
export enum Crime {
  GENOCIDE = "GENOCIDE",
  CRIMES_AGAINST_HUMANITY = "CRIMES_AGAINST_HUMANITY",
  WAR_CRIMES = "WAR_CRIMES",
  ETHNIC_CLEANSING = "ETHNIC_CLEANSING",
  AGGRESSION = "AGGRESSION",
  TORTURE = "TORTURE",
  ENFORCED_DISAPPEARANCE = "ENFORCED_DISAPPEARANCE",
  OTHER = "OTHER",
}

registerEnumType(Crime, {
  name: "Crime",
  description: "An international crime: one a treaty covers, or one of the four crimes of the responsibility to protect (see `crimes`).",
  valuesConfig: {
    GENOCIDE: { description: "Genocide." },
    CRIMES_AGAINST_HUMANITY: { description: "Crimes against humanity." },
    WAR_CRIMES: { description: "War crimes." },
    ETHNIC_CLEANSING: { description: "Ethnic cleansing, one of the four crimes of the responsibility to protect (2005 World Summit Outcome, paragraph 138)." },
    AGGRESSION: { description: "The crime of aggression." },
    TORTURE: { description: "Torture." },
    ENFORCED_DISAPPEARANCE: { description: "Enforced disappearance." },
    OTHER: { description: "Another international crime." },
  },
});
