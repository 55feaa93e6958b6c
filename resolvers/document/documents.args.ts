import { ArgsType, Field } from "type-graphql";
import { ConnectionArgs } from "../../src/pagination/connection-args";
import { DocumentFilter } from "./document.filter.input";
import { DocumentOrder } from "./document.order.input";

@ArgsType()
export class DocumentsArgs extends ConnectionArgs {
  @Field(() => DocumentFilter, { nullable: true, description: "Which documents to return." })
  filter?: DocumentFilter;

  @Field(() => DocumentOrder, { nullable: true, description: "How to sort them (default: by date, oldest first)." })
  orderBy?: DocumentOrder;
}
