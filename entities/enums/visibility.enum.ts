import { registerEnumType } from "type-graphql";

/** Who may read a published record (issue 10 §2). */
export enum Visibility {
  PUBLIC = "PUBLIC",
  PARTNERS = "PARTNERS",
}

registerEnumType(Visibility, {
  name: "Visibility",
  description: "Who may read a published record.",
  valuesConfig: {
    PUBLIC: { description: "Everyone, with or without a key." },
    PARTNERS: { description: "Partners sending a valid API key only; to anyone else the record does not exist." },
  },
});
