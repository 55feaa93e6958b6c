import { Field, ID, InputType } from "type-graphql";
import { TreatyActionType } from "../../entities/enums/treaty-action-type.enum";
import { Visibility } from "../../entities/enums/visibility.enum";
import type { TreatyActionValues } from "../../src/writes/kinds/treaty-action.writer";
import { SourceInput } from "./source.input";

const OUT_OF_ORDER =
  "Only when the action breaks the usual sequence (a ratification before any signature, a denunciation by a non-party, a second consent…) and the sources say it happened so: their words. Needs a source with a `quote`; kept on that source's note.";

/** A new treaty action, as a state's mission (CONTRIBUTOR over the state) records it. */
@InputType({ description: "A new treaty action (signature, ratification…): written as a DRAFT in the acting state's (or organisation's) scope, published by a STEWARD of it." })
export class CreateTreatyActionInput implements TreatyActionValues {
  @Field({ description: "The treaty proposal: its slug (e.g. `ljubljana-the-hague-convention`) or global id." })
  treaty: string;

  @Field({ description: "Who acted: a state (`GH`, `state:GHA`), an organisation (`organisation:<key>`) or a global id. Decides the scope: you need CONTRIBUTOR over it." })
  actor: string;

  @Field(() => TreatyActionType, { description: "What the actor did." })
  type: TreatyActionType;

  @Field({ description: "When, as a partial date: `2025-08-28`, `2025-08`, `2025-Q3`, `2025-H2` or `2025`." })
  date: string;

  @Field(() => String, { nullable: true, description: "When the treaty enters into force for this party (YYYY-MM-DD), as the depositary records it; not before `date`." })
  entryIntoForce?: string | null;

  @Field(() => ID, { nullable: true, description: "The global id of the meeting where the action took place (e.g. a signing ceremony)." })
  meeting?: string | null;

  @Field(() => String, { nullable: true, description: "A note on the action (at most 5000 characters)." })
  note?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Who may read it once published: PUBLIC (default) or PARTNERS." })
  visibility?: Visibility | null;

  @Field(() => String, { nullable: true, description: OUT_OF_ORDER })
  outOfOrder?: string | null;

  @Field(() => [SourceInput], { description: "Where the action is recorded (the depositary's page, a gazette…): at least one." })
  sources: SourceInput[];
}

/** Changes to a treaty action; absent fields stay as they are. */
@InputType({ description: "Changes to a treaty action: give only what changes. The treaty and the actor cannot change (retract the action and record the right one)." })
export class UpdateTreatyActionInput implements TreatyActionValues {
  @Field(() => TreatyActionType, { nullable: true, description: "What the actor did." })
  type?: TreatyActionType | null;

  @Field(() => String, { nullable: true, description: "When, as a partial date (`2025-08-28`, `2025-08`, `2025`…)." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "When the treaty enters into force for this party (YYYY-MM-DD); null clears it." })
  entryIntoForce?: string | null;

  @Field(() => ID, { nullable: true, description: "The global id of the meeting where it took place; null clears it." })
  meeting?: string | null;

  @Field(() => String, { nullable: true, description: "A note on the action; null clears it." })
  note?: string | null;

  @Field(() => String, { nullable: true, description: OUT_OF_ORDER })
  outOfOrder?: string | null;

  @Field(() => [SourceInput], { nullable: true, description: "More sources, added to those the action has." })
  sources?: SourceInput[] | null;
}
