import { Field, ObjectType } from "type-graphql";

/** Relay page information. */
@ObjectType({ description: "Where a page sits in the whole list." })
export class PageInfo {
  @Field({ description: "True when more items follow this page." })
  hasNextPage: boolean;

  @Field({ description: "True when items precede this page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the first item on the page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last item on the page." })
  endCursor: string | null;
}
