import { registerEnumType } from "type-graphql";

/** A stage in the life of a treaty proposal. */
export enum TreatyStage {
  PROPOSED = "PROPOSED",
  PREPARATORY = "PREPARATORY",
  NEGOTIATED = "NEGOTIATED",
  ADOPTED = "ADOPTED",
  OPEN_FOR_SIGNATURE = "OPEN_FOR_SIGNATURE",
  CLOSED_FOR_SIGNATURE = "CLOSED_FOR_SIGNATURE",
  IN_FORCE = "IN_FORCE",
}

registerEnumType(TreatyStage, {
  name: "TreatyStage",
  description: "A stage in the life of a treaty proposal.",
  valuesConfig: {
    PROPOSED: { description: "Proposed." },
    PREPARATORY: { description: "Preparatory work and conferences." },
    NEGOTIATED: { description: "Negotiated at a diplomatic conference." },
    ADOPTED: { description: "The text was adopted." },
    OPEN_FOR_SIGNATURE: { description: "Open for signature." },
    CLOSED_FOR_SIGNATURE: { description: "Closed for signature; open for accession only." },
    IN_FORCE: { description: "In force." },
  },
});
