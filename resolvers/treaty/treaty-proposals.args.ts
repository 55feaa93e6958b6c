import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { TreatyProposalFilter } from "./treaty-proposal.filter.input";
import { TreatyProposalOrder } from "./treaty-proposal.order.input";

@ArgsType()
export class TreatyProposalsArgs extends ConnectionArgs {
  @Field(() => TreatyProposalFilter, { nullable: true, description: "Which treaty proposals to return." })
  filter?: TreatyProposalFilter;

  @Field(() => TreatyProposalOrder, { nullable: true, description: "How to sort them (default: by name, A to Z)." })
  orderBy?: TreatyProposalOrder;
}
