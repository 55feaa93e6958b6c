import { Field, ID, InputType } from "type-graphql";
import { DocumentKind } from "../../entities/enums/document-kind.enum";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ACTOR_KEY, NETWORK_KEY } from "../natural-keys.descriptions";

/** Filters for `documents`; all given conditions must hold. */
@InputType({ description: "Filters for `documents`. Every condition given must hold." })
export class DocumentFilter {
  @Field(() => [DocumentKind], { nullable: true, description: "Only documents of these kinds." })
  kinds?: DocumentKind[];

  @Field(() => LocalDate, { nullable: true, description: "Only documents dated on or after this day; a partial date matches when any day it can mean does." })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: "Only documents dated on or before this day; must not be before `from`." })
  to?: string;

  @Field(() => ID, { nullable: true, description: `Only documents this state or organisation authored or delivered. ${ACTOR_KEY}` })
  author?: string;

  @Field(() => ID, { nullable: true, description: `Only documents this state or organisation signed or joined. ${ACTOR_KEY}` })
  signatory?: string;

  @Field(() => ID, { nullable: true, description: "Only documents of this meeting (a Meeting id)." })
  meeting?: string;

  @Field(() => String, { nullable: true, description: `Only documents made on behalf of this network. ${NETWORK_KEY}` })
  network?: string;

  @Field(() => String, { nullable: true, description: "Only documents with this UN document symbol (exact, case-insensitive)." })
  unSymbol?: string;

  @Field(() => Boolean, { nullable: true, description: "true: only documents whose full text the graph holds; false: only those without it." })
  hasText?: boolean;
}
