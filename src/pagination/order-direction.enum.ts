import { registerEnumType } from "type-graphql";

/** Sort direction. */
export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction.",
  valuesConfig: {
    ASC: { description: "Ascending: A to Z, oldest first." },
    DESC: { description: "Descending: Z to A, newest first." },
  },
});
