import { Field, ID, InputType } from "type-graphql";
import { MechanismType } from "../../entities/enums/mechanism-type.enum";
import { MechanismPurpose } from "../../entities/enums/mechanism-purpose.enum";
import { ACTOR_KEY, ORGANISATION_KEY } from "../natural-keys.descriptions";

/** Filters for `mechanisms`; all given conditions must hold, and the mention conditions for the same mention. */
@InputType({
  description: "Filters for `mechanisms`. Every condition given must hold; `namedBy`, `purpose` and `document` must hold for one and the same mention (Belgium naming a tool for early warning, not Belgium naming it and someone else calling it early warning).",
})
export class MechanismFilter {
  @Field(() => ID, { nullable: true, description: `Only mechanisms named in a document this state or organisation authored or delivered. ${ACTOR_KEY}` })
  namedBy?: string;

  @Field(() => MechanismPurpose, { nullable: true, description: "Only mechanisms a document names for this purpose (e.g. EARLY_WARNING)." })
  purpose?: MechanismPurpose;

  @Field(() => ID, { nullable: true, description: "Only mechanisms named in this document: its global id or its key (e.g. `r2p-belgium-statement-iid-2014`). A key or id that names no document matches nothing." })
  document?: string;

  @Field(() => [MechanismType], { nullable: true, description: "Only mechanisms of these kinds." })
  kinds?: MechanismType[];

  @Field(() => ID, { nullable: true, description: `Only mechanisms of this organisation. ${ORGANISATION_KEY}` })
  organisation?: string;
}
