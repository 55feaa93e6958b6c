import { Field, ID, InputType } from "type-graphql";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { ParticipationLevel } from "../../entities/enums/participation-level.enum";
import { ConfirmationStatus } from "../../entities/enums/confirmation-status.enum";
import { SourceInput } from "./source.input";

/** One actor's part in a meeting, as a partner writes it. */
@InputType({ description: "An actor's part in a meeting: who (a state or organisation), in what role, at what level, represented by whom. An actor appears once per role." })
export class ParticipantInput {
  @Field(() => ID, { description: "The state or organisation: `GH`, `state:GH`, `organisation:gcr2p` (or `org:`), an organisation's key or acronym, or a global id." })
  actor: string;

  @Field(() => ParticipationRole, { description: "Its role at the meeting (HOST, CO_HOST, SPEAKER, PARTICIPANT…). Give the actor again for a second role." })
  role: ParticipationRole;

  @Field(() => ParticipationLevel, { nullable: true, description: "The level at which it was represented (MINISTERIAL, MISSION…); null when the sources do not say." })
  level?: ParticipationLevel | null;

  @Field(() => ConfirmationStatus, { nullable: true, description: "CONFIRMED (default) or TO_BE_CONFIRMED when the source marks it TBC." })
  status?: ConfirmationStatus | null;

  @Field(() => ID, { nullable: true, description: "The person who represented it: a person's key (e.g. `ban-ki-moon`) or global id." })
  person?: string | null;

  @Field(() => String, { nullable: true, description: "The title the source gives the representative at this meeting (at most 300 characters)." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "A note on the participation (at most 5000 characters)." })
  note?: string | null;

  @Field(() => [SourceInput], { nullable: true, description: "Sources for this participation in particular (a list of participants, a photo caption); the meeting's own sources cover it otherwise." })
  sources?: SourceInput[] | null;
}
