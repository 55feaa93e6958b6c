import { Field, InputType } from "type-graphql";
import { Visibility } from "../../entities/enums/visibility.enum";
import type { CitationValues } from "../../src/writes/kinds/citation.writer";

/** A new citation, for facts written later that name it by id. */
@InputType({ description: "A new citation (a public source), written as a DRAFT in your own scope (your state or organisation). Facts name it in `sources` by its id; publishing a fact publishes the draft citations it was written with." })
export class CreateCitationInput implements CitationValues {
  @Field({ description: "Where the source can be read: a public http(s) address (at most 1000 characters), not yet a citation." })
  url: string;

  @Field({ description: "Who published it." })
  publisher: string;

  @Field(() => String, { nullable: true, description: "Its title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "When it was published, as a partial date (`2024-02-14`, `2024-02`, `2024`)." })
  published?: string | null;

  @Field(() => String, { nullable: true, description: "The original's address, when `url` is a mirror or a copy." })
  mirrorOf?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Who may read it once published: PUBLIC (default) or PARTNERS." })
  visibility?: Visibility | null;
}

/** Changes to a citation; absent fields stay as they are. */
@InputType({ description: "Changes to a citation: give only what changes." })
export class UpdateCitationInput implements CitationValues {
  @Field(() => String, { nullable: true, description: "Where the source can be read (public http(s))." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Who published it." })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "Its title; null clears it." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "When it was published (partial date); null clears it." })
  published?: string | null;

  @Field(() => String, { nullable: true, description: "The original's address; null clears it." })
  mirrorOf?: string | null;
}
