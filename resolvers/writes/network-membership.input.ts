import { Field, ID, InputType } from "type-graphql";
import { MembershipStatus } from "../../entities/enums/membership-status.enum";
import { Visibility } from "../../entities/enums/visibility.enum";
import type { MembershipPatch, MembershipSpec } from "../../src/writes/kinds/network-membership.writer";
import { SourceInput } from "./source.input";

const DATE = "as a partial date: `2014-09-08`, `2014-09`, `2014-Q3`, `2014-H2` or `2014`";

/** A new network membership, as a network's contributor records it. */
@InputType({ description: "A new network membership: written as a DRAFT in the network's scope (you need CONTRIBUTOR over the network), published by its STEWARD. No two memberships of one member in one network may overlap in time." })
export class CreateNetworkMembershipInput implements MembershipSpec {
  @Field({ description: "The network: its slug (`r2p-focal-points`), `network:<slug>` or global id." })
  network: string;

  @Field({ description: "The member: a state (`GH`, `state:GHA`), an organisation (`organisation:eu`) or a global id." })
  member: string;

  @Field(() => MembershipStatus, { description: "The member's status in the network." })
  status: MembershipStatus;

  @Field(() => String, { nullable: true, description: `When the membership began, ${DATE}; omit when the sources do not say.` })
  start?: string | null;

  @Field(() => String, { nullable: true, description: `When it ended, ${DATE}; omit while it lasts (an open end is ongoing).` })
  end?: string | null;

  @Field(() => ID, { nullable: true, description: "The focal point: a Person's global id." })
  focalPoint?: string | null;

  @Field(() => String, { nullable: true, description: "The office that holds the focal point (e.g. a ministry department; at most 300 characters)." })
  focalPointOffice?: string | null;

  @Field(() => String, { nullable: true, description: "A note on the membership (at most 5000 characters)." })
  note?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Who may read it once published: PUBLIC (default) or PARTNERS." })
  visibility?: Visibility | null;

  @Field(() => [SourceInput], { description: "Where the membership is attested: at least one source." })
  sources: SourceInput[];
}

/** Changes to a membership; absent fields stay as they are, null clears. */
@InputType({ description: "Changes to a network membership: give only what changes (null clears a field). The network and the member cannot change: retract the membership and create the right one." })
export class UpdateNetworkMembershipInput implements MembershipPatch {
  @Field(() => MembershipStatus, { nullable: true, description: "The member's status in the network." })
  status?: MembershipStatus | null;

  @Field(() => String, { nullable: true, description: `When the membership began, ${DATE}; null: unknown.` })
  start?: string | null;

  @Field(() => String, { nullable: true, description: `When it ended, ${DATE}; null: ongoing.` })
  end?: string | null;

  @Field(() => ID, { nullable: true, description: "The focal point: a Person's global id; null clears it." })
  focalPoint?: string | null;

  @Field(() => String, { nullable: true, description: "The office that holds the focal point; null clears it." })
  focalPointOffice?: string | null;

  @Field(() => String, { nullable: true, description: "A note on the membership; null clears it." })
  note?: string | null;

  @Field(() => [SourceInput], { nullable: true, description: "More sources for the membership (added to those it has)." })
  sources?: SourceInput[] | null;
}
