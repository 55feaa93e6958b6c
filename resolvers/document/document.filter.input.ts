import { Field, ID, InputType } from "type-graphql";
import { DocumentKind } from "../../entities/enums/document-kind.enum";

/** Filters for `documents`; all given conditions must hold. */
@InputType({ description: "Filters for `documents`. Every condition given must hold." })
export class DocumentFilter {
  @Field(() => [DocumentKind], { nullable: true, description: "Only documents of these kinds." })
  kinds?: DocumentKind[];

  @Field(() => String, { nullable: true, description: "Only documents dated on or after this day (YYYY-MM-DD); a partial date matches when any day it can mean does." })
  from?: string;

  @Field(() => String, { nullable: true, description: "Only documents dated on or before this day (YYYY-MM-DD); must not be before `from`." })
  to?: string;

  @Field(() => ID, { nullable: true, description: "Only documents this actor (a State or Organisation id) authored or delivered." })
  author?: string;

  @Field(() => ID, { nullable: true, description: "Only documents this actor (a State or Organisation id) signed or joined." })
  signatory?: string;

  @Field(() => ID, { nullable: true, description: "Only documents of this meeting (a Meeting id)." })
  meeting?: string;

  @Field(() => String, { nullable: true, description: "Only documents made on behalf of this network (slug, e.g. `group-of-friends-r2p`)." })
  network?: string;

  @Field(() => String, { nullable: true, description: "Only documents with this UN document symbol (exact, case-insensitive)." })
  unSymbol?: string;

  @Field(() => Boolean, { nullable: true, description: "true: only documents whose full text the graph holds; false: only those without it." })
  hasText?: boolean;
}
