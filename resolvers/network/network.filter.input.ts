import { Field, ID, InputType } from "type-graphql";
import { NetworkKind } from "../../entities/enums/network-kind.enum";
import { LocalDate } from "../../src/scalars/local-date.scalar";
import { ACTOR_KEY } from "../natural-keys.descriptions";

/** Filters for `networks`; all given conditions must hold. */
@InputType({ description: "Filters for `networks` (chapters included). Every condition given must hold." })
export class NetworkFilter {
  @Field(() => NetworkKind, { nullable: true, description: "Only networks of this kind." })
  kind?: NetworkKind;

  @Field(() => String, { nullable: true, description: "Only networks serving this agenda: R2P, WPS or MLA (case-insensitive)." })
  focus?: string;

  @Field(() => ID, { nullable: true, description: `Only networks this state or organisation is or was a member of. ${ACTOR_KEY}` })
  member?: string;

  @Field(() => LocalDate, { nullable: true, description: "With `member`: only memberships that held on this day." })
  memberAsOf?: string;

  @Field(() => String, { nullable: true, description: "Name, short name, acronym or alias contains this text (case-insensitive)." })
  name?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "`false`: leave chapters out, listing only networks that are no chapter of another (the Group of Friends once, not also its New York and Geneva chapters). " +
      "`true`: only chapters. Left out: both. A network's chapters are under `Network.chapters`, its parent under `Network.parent`.",
  })
  chapters?: boolean;
}
