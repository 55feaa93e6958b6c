import { registerEnumType } from "type-graphql";

/** Which of an actor's names a name is. */
export enum NameKind {
  COMMON = "COMMON",
  OFFICIAL = "OFFICIAL",
}

registerEnumType(NameKind, {
  name: "NameKind",
  description: "Which of an actor's names a name is: the short one in everyday use, or the formal one.",
  valuesConfig: {
    COMMON: { description: "The short name in everyday use (`name`): Germany, Allemagne." },
    OFFICIAL: { description: "The formal name (`officialName`): Federal Republic of Germany, République fédérale d'Allemagne. Organisations have none apart: they are recorded under their full name." },
  },
});
