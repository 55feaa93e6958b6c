import { Field, ID, InputType } from "type-graphql";

/** Filters for `people`; all given conditions must hold. */
@InputType({ description: "Filters for `people`. Every condition given must hold." })
export class PersonFilter {
  @Field({ nullable: true, description: "Name or another spelling contains this text (case-insensitive)." })
  name?: string;

  @Field(() => ID, { nullable: true, description: "Only people who held a post for this actor: the global id of a State or an Organisation." })
  affiliation?: string;
}
