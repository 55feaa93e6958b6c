import { Field, Float, ObjectType } from "type-graphql";
import { Node } from "../../entities/node.interface";
import { SearchType } from "./search-type.enum";

/** One search result: the object found, how well it matched and where. `node` has its own resolver. */
@ObjectType({ description: "One search result: the object found, its relevance, and a highlighted snippet of the text that matched." })
export class SearchHit {
  @Field(() => Node, { description: "The object found." })
  node: Node;

  @Field(() => SearchType, { name: "type", description: "What kind of object it is." })
  subjectType: SearchType;

  subjectId: number;

  @Field(() => Float, { description: "The relevance: higher is better. Comparable only between hits of the same query; title matches weigh ten times more than body matches." })
  score: number;

  @Field({ description: "A short extract of the matching text as HTML: the text is escaped, and each matched word is wrapped in <mark>…</mark> (the only markup)." })
  snippet: string;

  @Field({ description: "`title` when the object's name or title matched, otherwise `body` (its other names, description or text)." })
  matchedField: string;
}
