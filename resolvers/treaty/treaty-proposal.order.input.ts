import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum TreatyProposalOrderField {
  NAME = "NAME",
  ADOPTED = "ADOPTED",
}

registerEnumType(TreatyProposalOrderField, {
  name: "TreatyProposalOrderField",
  description: "What to sort treaty proposals by.",
  valuesConfig: {
    NAME: { description: "The preferred name." },
    ADOPTED: { description: "The day the text was adopted (earliest possible day); treaties not yet adopted sort as 9999-12-31." },
  },
});

@InputType({ description: "How to sort treaty proposals." })
export class TreatyProposalOrder {
  @Field(() => TreatyProposalOrderField, { description: "The field to sort by." })
  field: TreatyProposalOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
