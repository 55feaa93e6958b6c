import { Field, ID, InputType } from "type-graphql";
import { LeadershipRole } from "../../entities/enums/leadership-role.enum";
import { Visibility } from "../../entities/enums/visibility.enum";
import type { HolderSpec, TermPatch, TermSpec } from "../../src/writes/kinds/leadership-term.writer";
import { SourceInput } from "./source.input";

const DATE = "as a partial date: `2024-01-18`, `2024-01`, `2024-Q1`, `2024-H1` or `2024`";

/** One holder of a term. */
@InputType({ description: "One holder of a leadership term: the state or organisation, and optionally the person who acted for it." })
export class LeadershipHolderInput implements HolderSpec {
  @Field({ description: "The holder: a state (`GH`, `state:GHA`), an organisation (`organisation:gcr2p`) or a global id." })
  actor: string;

  @Field(() => ID, { nullable: true, description: "The person who acted for it: a Person's global id." })
  person?: string | null;

  @Field(() => String, { nullable: true, description: `When this holder joined, if later than the term's start, ${DATE}.` })
  joined?: string | null;

  @Field(() => String, { nullable: true, description: "A note on this holder (at most 2000 characters)." })
  note?: string | null;
}

/** A new leadership term, as a network's contributor records it. */
@InputType({ description: "A new leadership term: a DRAFT in the network's scope (CONTRIBUTOR over the network), published by its STEWARD. Co-chairs, a troika or a steering group share ONE term with several holders; two terms of one role in one network may not overlap." })
export class CreateLeadershipTermInput implements TermSpec {
  @Field({ description: "The network: its slug, `network:<slug>` or global id." })
  network: string;

  @Field(() => LeadershipRole, { description: "The role held during the term." })
  role: LeadershipRole;

  @Field(() => String, { nullable: true, description: `When the term began, ${DATE}.` })
  start?: string | null;

  @Field(() => String, { nullable: true, description: `When it ended, ${DATE}; omit while it lasts.` })
  end?: string | null;

  @Field(() => String, { nullable: true, description: "The term as the sources name it (`2024-2026`; at most 60 characters)." })
  label?: string | null;

  @Field(() => [LeadershipHolderInput], { description: "Who holds the term, in the sources' order: at least one." })
  holders: LeadershipHolderInput[];

  @Field(() => String, { nullable: true, description: "A note on the term (at most 5000 characters)." })
  note?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Who may read it once published: PUBLIC (default) or PARTNERS." })
  visibility?: Visibility | null;

  @Field(() => [SourceInput], { description: "Where the term is attested: at least one source." })
  sources: SourceInput[];
}

/** Changes to a term; absent fields stay, null clears; holders and sources are only added. */
@InputType({ description: "Changes to a leadership term: give only what changes (null clears a field). Holders and sources are added, never removed (writes never delete): retract a wrong term and record the right one." })
export class UpdateLeadershipTermInput implements TermPatch {
  @Field(() => LeadershipRole, { nullable: true, description: "The role held during the term." })
  role?: LeadershipRole | null;

  @Field(() => String, { nullable: true, description: `When the term began, ${DATE}; null: unknown.` })
  start?: string | null;

  @Field(() => String, { nullable: true, description: `When it ended, ${DATE}; null: ongoing.` })
  end?: string | null;

  @Field(() => String, { nullable: true, description: "The term as the sources name it; null clears it." })
  label?: string | null;

  @Field(() => String, { nullable: true, description: "A note on the term; null clears it." })
  note?: string | null;

  @Field(() => [LeadershipHolderInput], { nullable: true, description: "Holders to add after the current ones (a co-chair who joined later)." })
  addHolders?: LeadershipHolderInput[] | null;

  @Field(() => [SourceInput], { nullable: true, description: "More sources for the term (added to those it has)." })
  sources?: SourceInput[] | null;
}
