import { Field, ID, InputType, Int } from "type-graphql";
import { DocumentKind } from "../../entities/enums/document-kind.enum";
import { Visibility } from "../../entities/enums/visibility.enum";
import { PassageInput } from "./passage.input";
import { SourceInput } from "./source.input";

const ACTORS = "`GH`, `state:GH`, `organisation:gcr2p` or global ids";

/**
 * Changes to a document, and the base of the new-document input: declared once, since type-graphql
 * gives a subclass its parent's `@Field`s and lets it redeclare some (required on create).
 */
@InputType({ description: "Changes to a document: give only what changes (null clears an optional field). Each actor list and `passages`, when given, replaces the old one." })
export class UpdateDocumentInput {
  @Field(() => String, { nullable: true, description: "A new key, unique among documents." })
  key?: string | null;

  @Field(() => String, { nullable: true, description: "A new title." })
  title?: string | null;

  @Field(() => DocumentKind, { nullable: true, description: "What kind of document it is." })
  kind?: DocumentKind | null;

  @Field(() => [SourceInput], { nullable: true, description: "Further sources for the document as changed; added to those it has." })
  sources?: SourceInput[] | null;

  @Field(() => String, { nullable: true, description: "The date of the document, as a partial date: `2014-09-08`, `2014-09`, `2014-Q3`, `2014-H2` or `2014`." })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: "The meeting it was made at or for: its key or global id." })
  meeting?: string | null;

  @Field(() => String, { nullable: true, description: "The language of the text, a BCP 47 tag (default `en`)." })
  language?: string | null;

  @Field(() => String, { nullable: true, description: "The full text (at most 10000 characters through the API)." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "A short summary (at most 5000 characters)." })
  summary?: string | null;

  @Field(() => [String], { nullable: true, description: "UN document symbols (e.g. `A/72/782–S/2018/178`)." })
  unSymbols?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Where the document can be read (public http(s) addresses)." })
  urls?: string[] | null;

  @Field(() => ID, { nullable: true, description: `Who delivered it: ${ACTORS}. Its scope when the document is made on behalf of no network or organisation.` })
  deliveredBy?: string | null;

  @Field(() => ID, { nullable: true, description: "The person who delivered it: a person's key or global id." })
  deliveredByPerson?: string | null;

  @Field(() => ID, { nullable: true, description: "The network it was made on behalf of: its slug or global id. Decides the scope: the network's CONTRIBUTORs write the document and its STEWARDs publish it." })
  onBehalfOfNetwork?: string | null;

  @Field(() => ID, { nullable: true, description: "The organisation it was made on behalf of: `organisation:<key>` or a global id. The scope when there is no network." })
  onBehalfOfOrganisation?: string | null;

  @Field(() => Int, { nullable: true, description: "How many members the group had when the statement was made on its behalf." })
  onBehalfOfMemberCount?: number | null;

  @Field(() => String, { nullable: true, description: "A note on whose behalf the statement was made." })
  onBehalfOfNote?: string | null;

  @Field(() => [ID], { nullable: true, description: `The states and organisations that issued it, in the document's order: ${ACTORS}. The first is the scope when nothing else decides it.` })
  authors?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `The states and organisations that signed or joined it: ${ACTORS}.` })
  signatories?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Members of the group it was made for that dissociated themselves from it: ${ACTORS}.` })
  dissociations?: string[] | null;

  @Field(() => [PassageInput], { nullable: true, description: "Its proposals, commitments, announcements, recommendations and calls, in the order of the text. On an update the list replaces the old passages." })
  passages?: PassageInput[] | null;
}

/** A new document, written as a draft of the partner. */
@InputType({ description: "A new document: written as a DRAFT in its scope (the network it speaks for, else its organisation, its deliverer or first author), published by a STEWARD of that scope with `publishRecord`." })
export class CreateDocumentInput extends UpdateDocumentInput {
  @Field(() => String, { description: "A stable, readable key, unique among documents: lower-case letters, digits and dashes." })
  declare key: string;

  @Field(() => String, { description: "The document's title (at most 500 characters)." })
  declare title: string;

  @Field(() => DocumentKind, { description: "What kind of document it is." })
  declare kind: DocumentKind;

  @Field(() => Visibility, { nullable: true, description: "Who may read it once published: PUBLIC (default) or PARTNERS." })
  visibility?: Visibility | null;

  @Field(() => [SourceInput], { description: "Where the document is published or recorded: at least one." })
  declare sources: SourceInput[];
}
