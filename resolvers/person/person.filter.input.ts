import { Field, ID, InputType } from "type-graphql";
import { ACTOR_KEY } from "../natural-keys.descriptions";

/** Filters for `people`; all given conditions must hold. */
@InputType({ description: "Filters for `people`. Every condition given must hold." })
export class PersonFilter {
  @Field({ nullable: true, description: "Name or another spelling contains this text (case-insensitive)." })
  name?: string;

  @Field(() => ID, { nullable: true, description: `Only people who held a post for this state or organisation. ${ACTOR_KEY}` })
  affiliation?: string;
}
