import { Field, ID, InputType } from "type-graphql";
import { TreatyStage } from "../../entities/enums/treaty-stage.enum";
import { ACTOR_KEY } from "../natural-keys.descriptions";

/** Filters for `treatyProposals`; all given conditions must hold. */
@InputType({ description: "Filters for `treatyProposals`. Every condition given must hold." })
export class TreatyProposalFilter {
  @Field(() => TreatyStage, { nullable: true, description: "Only treaties whose current stage (the stage of the latest milestone begun by today) is this one." })
  stage?: TreatyStage;

  @Field(() => ID, { nullable: true, description: `Only treaties this state or organisation proposed or leads as a proponent. ${ACTOR_KEY}` })
  proponent?: string;

  @Field(() => ID, { nullable: true, description: `Only treaties this state or organisation has signed. ${ACTOR_KEY}` })
  signatory?: string;

  @Field(() => ID, { nullable: true, description: `Only treaties this state or organisation is a party to: it consented to be bound and did not denounce afterwards. ${ACTOR_KEY}` })
  party?: string;

  @Field({ nullable: true, description: "Name, short name or alias contains this text (case-insensitive)." })
  name?: string;
}
