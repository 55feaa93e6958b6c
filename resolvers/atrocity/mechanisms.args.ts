import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { OrderDirection } from "../../src/pagination/order-direction.enum";
import { MechanismFilter } from "./mechanism.filter.input";

export enum MechanismOrderField {
  NAME = "NAME",
}

registerEnumType(MechanismOrderField, {
  name: "MechanismOrderField",
  description: "What to sort mechanisms by.",
  valuesConfig: { NAME: { description: "The mechanism's name." } },
});

@InputType({ description: "How to sort mechanisms." })
export class MechanismOrder {
  @Field(() => MechanismOrderField, { description: "The field to sort by." })
  field: MechanismOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "The direction." })
  direction: OrderDirection;
}

@ArgsType()
export class MechanismsArgs extends ConnectionArgs {
  @Field(() => MechanismFilter, { nullable: true, description: "Which mechanisms to return." })
  filter?: MechanismFilter;

  @Field(() => MechanismOrder, { nullable: true, description: "How to sort them (default: by name, A to Z)." })
  orderBy?: MechanismOrder;
}
