import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum OrganisationOrderField {
  NAME = "NAME",
  ACRONYM = "ACRONYM",
}

registerEnumType(OrganisationOrderField, {
  name: "OrganisationOrderField",
  description: "What to sort organisations by.",
  valuesConfig: {
    NAME: { description: "The common English name." },
    ACRONYM: { description: "The acronym; organisations without one sort by their name among the acronyms." },
  },
});

@InputType({ description: "How to sort organisations." })
export class OrganisationOrder {
  @Field(() => OrganisationOrderField, { description: "The field to sort by." })
  field: OrganisationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
