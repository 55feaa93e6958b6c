import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../src/pagination/order-direction.enum";

export enum PersonOrderField {
  NAME = "NAME",
}

registerEnumType(PersonOrderField, {
  name: "PersonOrderField",
  description: "What to sort people by.",
  valuesConfig: {
    NAME: { description: "The name as written in the sources (given name first)." },
  },
});

@InputType({ description: "How to sort people." })
export class PersonOrder {
  @Field(() => PersonOrderField, { description: "The field to sort by." })
  field: PersonOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}
