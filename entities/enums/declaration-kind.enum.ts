import { registerEnumType } from "type-graphql";

/** The kind of a statement attached to a treaty action. */
export enum DeclarationKind {
  RESERVATION = "RESERVATION",
  DECLARATION = "DECLARATION",
  OBJECTION = "OBJECTION",
}

registerEnumType(DeclarationKind, {
  name: "DeclarationKind",
  description: "The kind of a statement attached to a treaty action.",
  valuesConfig: {
    RESERVATION: { description: "A reservation." },
    DECLARATION: { description: "A declaration." },
    OBJECTION: { description: "An objection to another party's reservation." },
  },
});
