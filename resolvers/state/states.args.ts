import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { StateFilter } from "./state.filter.input";
import { StateOrder } from "./state.order.input";

@ArgsType()
export class StatesArgs extends ConnectionArgs {
  @Field(() => StateFilter, { nullable: true, description: "Which states to return." })
  filter?: StateFilter;

  @Field(() => StateOrder, { nullable: true, description: "How to sort them (default: by name, A to Z)." })
  orderBy?: StateOrder;
}
