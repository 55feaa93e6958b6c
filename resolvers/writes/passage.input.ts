import { Field, ID, InputType } from "type-graphql";
import { CommitmentKind } from "../../entities/enums/commitment-kind.enum";
import { SourceInput } from "./source.input";

/** A passage of a document: what it proposes, commits to, announces, recommends or calls for. */
@InputType({ description: "A passage of a document that proposes, commits, announces, recommends or calls for something, in the document's own words." })
export class PassageInput {
  @Field(() => CommitmentKind, { description: "What the passage does." })
  kind: CommitmentKind;

  @Field(() => String, { description: "The passage, in the document's words (at most 10000 characters)." })
  text: string;

  @Field(() => ID, { nullable: true, description: "The treaty proposal it concerns: its slug or global id." })
  treatyProposal?: string | null;

  @Field(() => ID, { nullable: true, description: "The meeting it concerns (e.g. one it announces): its key or global id." })
  meeting?: string | null;

  @Field(() => ID, { nullable: true, description: "The network it concerns: its slug or global id." })
  network?: string | null;

  @Field(() => [ID], { nullable: true, description: "The states and organisations that make or back it, in the text's order: `GH`, `organisation:gcr2p` or global ids." })
  actors?: string[] | null;

  @Field(() => [SourceInput], { nullable: true, description: "Sources for this passage in particular (usually the document's text with the passage as `quote`); the document's sources cover it otherwise." })
  sources?: SourceInput[] | null;
}
