import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum MeetingOrderField {
  START_DATE = "START_DATE",
  TITLE = "TITLE",
}

registerEnumType(MeetingOrderField, {
  name: "MeetingOrderField",
  description: "What to sort meetings by.",
  valuesConfig: {
    START_DATE: { description: "The earliest day the meeting's start can mean." },
    TITLE: { description: "The title." },
  },
});

@InputType({ description: "How to sort meetings." })
export class MeetingOrder {
  @Field(() => MeetingOrderField, { description: "The field to sort by." })
  field: MeetingOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
