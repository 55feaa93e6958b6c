import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { OrganisationFilter } from "./organisation.filter.input";
import { OrganisationOrder } from "./organisation.order.input";

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: "Which organisations to return." })
  filter?: OrganisationFilter;

  @Field(() => OrganisationOrder, { nullable: true, description: "How to sort them (default: by name, A to Z)." })
  orderBy?: OrganisationOrder;
}
