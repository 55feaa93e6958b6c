import { registerEnumType } from "type-graphql";

/** How an actor is named on a document. */
export enum DocumentActorRole {
  AUTHOR = "AUTHOR",
  SIGNATORY = "SIGNATORY",
  DISSOCIATION = "DISSOCIATION",
}

registerEnumType(DocumentActorRole, {
  name: "DocumentActorRole",
  description: "How an actor is named on a document.",
  valuesConfig: {
    AUTHOR: { description: "Issued the document (alone or jointly)." },
    SIGNATORY: { description: "Signed or joined the document." },
    DISSOCIATION: { description: "Dissociated itself from a statement made on behalf of its group." },
  },
});
