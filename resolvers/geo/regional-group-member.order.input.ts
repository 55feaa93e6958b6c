import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

/** Orderings of a regional group's members (`RegionalGroup.membersConnection`). */
export enum RegionalGroupMemberOrderField {
  STATE_NAME = "STATE_NAME",
  START_DATE = "START_DATE",
}

registerEnumType(RegionalGroupMemberOrderField, {
  name: "RegionalGroupMemberOrderField",
  description: "What to sort a regional group's members by.",
  valuesConfig: {
    STATE_NAME: { description: "The state's name." },
    START_DATE: { description: "The earliest day the place's start can mean (unknown starts count as the far future)." },
  },
});

@InputType({ description: "How to sort a regional group's members; direction DESC reverses the order (Z to A, or newest first)." })
export class RegionalGroupMemberOrder {
  @Field(() => RegionalGroupMemberOrderField, { description: "The field to sort by." })
  field: RegionalGroupMemberOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
