import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

/** One ordering for every paged list of periods (memberships, leadership terms): by when they began. */
export enum PeriodOrderField {
  START_DATE = "START_DATE",
}

registerEnumType(PeriodOrderField, {
  name: "PeriodOrderField",
  description: "What to sort memberships and terms by.",
  valuesConfig: {
    START_DATE: { description: "The earliest day the start can mean (unknown starts count as the far future)." },
  },
});

@InputType({ description: "How to sort memberships and terms; direction DESC gives the newest first." })
export class PeriodOrder {
  @Field(() => PeriodOrderField, { description: "The field to sort by." })
  field: PeriodOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
