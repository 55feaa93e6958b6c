import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum NetworkOrderField {
  NAME = "NAME",
  LAUNCHED = "LAUNCHED",
}

registerEnumType(NetworkOrderField, {
  name: "NetworkOrderField",
  description: "What to sort networks by.",
  valuesConfig: {
    NAME: { description: "The full name." },
    LAUNCHED: { description: "The earliest day the launch date can mean (unknown launch dates sort last)." },
  },
});

@InputType({ description: "How to sort networks." })
export class NetworkOrder {
  @Field(() => NetworkOrderField, { description: "The field to sort by." })
  field: NetworkOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
