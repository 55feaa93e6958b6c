import { ArgsType, Field, Int } from "type-graphql";

/** Relay paging arguments shared by every connection. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: "Return the first n items after `after` (at most 100; default 20 when neither `first` nor `last` is given)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return items after this cursor." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Return the last n items before `before` (at most 100)." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return items before this cursor." })
  before?: string | null;
}
