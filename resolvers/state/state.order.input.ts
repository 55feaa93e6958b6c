import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum StateOrderField {
  NAME = "NAME",
  ALPHA3 = "ALPHA3",
  UN_ADMITTED_ON = "UN_ADMITTED_ON",
}

registerEnumType(StateOrderField, {
  name: "StateOrderField",
  description: "What to sort states by.",
  valuesConfig: {
    NAME: { description: "The common English name." },
    ALPHA3: { description: "The ISO alpha-3 code." },
    UN_ADMITTED_ON: { description: "The day of admission to the UN (non-members sort as 9999-12-31)." },
  },
});

@InputType({ description: "How to sort states." })
export class StateOrder {
  @Field(() => StateOrderField, { description: "The field to sort by." })
  field: StateOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
