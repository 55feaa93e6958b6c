import { registerEnumType } from "type-graphql";

/** What a state did in relation to a treaty. */
export enum TreatyActionType {
  SIGNATURE = "SIGNATURE",
  RATIFICATION = "RATIFICATION",
  ACCEPTANCE = "ACCEPTANCE",
  APPROVAL = "APPROVAL",
  ACCESSION = "ACCESSION",
  SUCCESSION = "SUCCESSION",
  DEFINITIVE_SIGNATURE = "DEFINITIVE_SIGNATURE",
  DENUNCIATION = "DENUNCIATION",
}

registerEnumType(TreatyActionType, {
  name: "TreatyActionType",
  description: "What a state did in relation to a treaty.",
  valuesConfig: {
    SIGNATURE: { description: "Signed, subject to ratification." },
    RATIFICATION: { description: "Ratified." },
    ACCEPTANCE: { description: "Accepted." },
    APPROVAL: { description: "Approved." },
    ACCESSION: { description: "Acceded." },
    SUCCESSION: { description: "Succeeded." },
    DEFINITIVE_SIGNATURE: { description: "Signed without the need of ratification." },
    DENUNCIATION: { description: "Denounced or withdrew." },
  },
});
