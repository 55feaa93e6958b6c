import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum TreatyActionOrderField {
  DATE = "DATE",
}

registerEnumType(TreatyActionOrderField, {
  name: "TreatyActionOrderField",
  description: "What to sort treaty actions by.",
  valuesConfig: {
    DATE: { description: "The earliest day the action's date can mean (undated actions count as the far future), then the actor's name." },
  },
});

@InputType({ description: "How to sort treaty actions; direction DESC gives the newest first." })
export class TreatyActionOrder {
  @Field(() => TreatyActionOrderField, { description: "The field to sort by." })
  field: TreatyActionOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
