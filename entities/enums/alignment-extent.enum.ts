import { registerEnumType } from "type-graphql";

/** How fully a document aligns with another statement. */
export enum AlignmentExtent {
  FULL = "FULL",
  PARTIAL = "PARTIAL",
}

registerEnumType(AlignmentExtent, {
  name: "AlignmentExtent",
  description: "How fully a document aligns with another statement.",
  valuesConfig: {
    FULL: { description: "Fully aligns." },
    PARTIAL: { description: "Aligns in part." },
  },
});
