import { registerEnumType } from "type-graphql";

/** Whether the source confirms a participation. */
export enum ConfirmationStatus {
  CONFIRMED = "CONFIRMED",
  TO_BE_CONFIRMED = "TO_BE_CONFIRMED",
}

registerEnumType(ConfirmationStatus, {
  name: "ConfirmationStatus",
  description: "Whether the source confirms a participation.",
  valuesConfig: {
    CONFIRMED: { description: "The source states it without reservation." },
    TO_BE_CONFIRMED: { description: "The source marks it 'TBC': announced, not confirmed." },
  },
});
