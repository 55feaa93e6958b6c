import { Field, ID, InputType } from "type-graphql";
import type { SourceSpec } from "../../src/writes/sources";

/** A source of a fact written through the API: an existing citation by id, or a new one. */
@InputType({ description: "A source of the fact you write: either `citation` (an existing Citation's id), or `url` and `publisher` (and `published`, `title`) for a new citation. Every fact written needs at least one." })
export class SourceInput implements SourceSpec {
  @Field(() => ID, { nullable: true, description: "An existing Citation's global id." })
  citation?: string | null;

  @Field(() => String, { nullable: true, description: "A new citation: where it can be read (a public http(s) address)." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "A new citation: who published it." })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "A new citation: its title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "A new citation: when it was published, as a partial date (`2014-09-08`, `2014-09`, `2014`)." })
  published?: string | null;

  @Field(() => String, { nullable: true, description: "The words of the source that support the fact." })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: "How the source supports the fact." })
  note?: string | null;
}
