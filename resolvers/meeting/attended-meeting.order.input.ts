import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum AttendedMeetingOrderField {
  MEETING_START = "MEETING_START",
}

registerEnumType(AttendedMeetingOrderField, {
  name: "AttendedMeetingOrderField",
  description: "What to sort an actor's attended meetings by.",
  valuesConfig: {
    MEETING_START: { description: "The earliest day the meeting's start can mean (unknown starts count as the far future)." },
  },
});

@InputType({ description: "How to sort an actor's attended meetings; direction DESC for newest meeting first." })
export class AttendedMeetingOrder {
  @Field(() => AttendedMeetingOrderField, { defaultValue: AttendedMeetingOrderField.MEETING_START, description: "The field to sort by." })
  field: AttendedMeetingOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
