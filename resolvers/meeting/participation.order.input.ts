import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum MeetingParticipationOrderField {
  MEETING_START = "MEETING_START",
  LISTED = "LISTED",
}

registerEnumType(MeetingParticipationOrderField, {
  name: "MeetingParticipationOrderField",
  description: "What to sort meeting participations by.",
  valuesConfig: {
    MEETING_START: { description: "The earliest day the meeting's start can mean (unknown starts count as the far future)." },
    LISTED: { description: "The order in which the source lists the participants of a meeting." },
  },
});

@InputType({ description: "How to sort meeting participations; with direction DESC on MEETING_START, newest meeting first." })
export class MeetingParticipationOrder {
  @Field(() => MeetingParticipationOrderField, { description: "The field to sort by." })
  field: MeetingParticipationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
