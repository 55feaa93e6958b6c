import { registerEnumType } from "type-graphql";

/** How precisely a date is known. */
export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  HALF_YEAR = "HALF_YEAR",
  YEAR = "YEAR",
}

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precisely a date is known.",
  valuesConfig: {
    DAY: { description: "To the day." },
    MONTH: { description: "To the month." },
    QUARTER: { description: "To the quarter." },
    HALF_YEAR: { description: "To the half year." },
    YEAR: { description: "To the year." },
  },
});
