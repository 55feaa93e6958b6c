import { ArgsType, Field, Int } from "type-graphql";
import { SearchType } from "./search-type.enum";

@ArgsType()
export class SearchArgs {
  @Field({ description: "Words to look for (at most 200 characters). Every word must occur; the last one may be the start of a word. Punctuation and search operators are treated as plain separators." })
  query: string;

  @Field(() => [SearchType], { nullable: true, description: "Only these kinds of object (default: all)." })
  types?: SearchType[] | null;

  @Field(() => Int, { nullable: true, description: "Return the first n hits after `after` (at most 100; default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return hits after this cursor (from the same query)." })
  after?: string | null;
}
