import { Field, ID, InputType } from "type-graphql";
import { NetworkKind } from "../../entities/enums/network-kind.enum";

/** Filters for `networks`; all given conditions must hold. */
@InputType({ description: "Filters for `networks` (chapters included). Every condition given must hold." })
export class NetworkFilter {
  @Field(() => NetworkKind, { nullable: true, description: "Only networks of this kind." })
  kind?: NetworkKind;

  @Field(() => String, { nullable: true, description: "Only networks serving this agenda: R2P, WPS or MLA (case-insensitive)." })
  focus?: string;

  @Field(() => ID, { nullable: true, description: "Only networks this actor (the global id of a State or an Organisation) is or was a member of." })
  member?: string;

  @Field(() => String, { nullable: true, description: "With `member`: only memberships that held on this day (YYYY-MM-DD)." })
  memberAsOf?: string;

  @Field(() => String, { nullable: true, description: "Name, short name, acronym or alias contains this text (case-insensitive)." })
  name?: string;
}
