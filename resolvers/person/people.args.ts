import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { PersonFilter } from "./person.filter.input";
import { PersonOrder } from "./person.order.input";

@ArgsType()
export class PeopleArgs extends ConnectionArgs {
  @Field(() => PersonFilter, { nullable: true, description: "Which people to return." })
  filter?: PersonFilter;

  @Field(() => PersonOrder, { nullable: true, description: "How to sort them (default: by name, A to Z)." })
  orderBy?: PersonOrder;
}
