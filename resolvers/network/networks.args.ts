import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { NetworkFilter } from "./network.filter.input";
import { NetworkOrder } from "./network.order.input";

@ArgsType()
export class NetworksArgs extends ConnectionArgs {
  @Field(() => NetworkFilter, { nullable: true, description: "Which networks to return." })
  filter?: NetworkFilter;

  @Field(() => NetworkOrder, { nullable: true, description: "How to sort them (default: by name, A to Z)." })
  orderBy?: NetworkOrder;
}
