import { Field, ID, InputType } from "type-graphql";
import { TreatyStage } from "../../entities/enums/treaty-stage.enum";

/** Filters for `treatyProposals`; all given conditions must hold. */
@InputType({ description: "Filters for `treatyProposals`. Every condition given must hold." })
export class TreatyProposalFilter {
  @Field(() => TreatyStage, { nullable: true, description: "Only treaties whose current stage (the stage of the latest milestone begun by today) is this one." })
  stage?: TreatyStage;

  @Field(() => ID, { nullable: true, description: "Only treaties this actor (a State or Organisation id) proposed or leads as a proponent." })
  proponent?: string;

  @Field(() => ID, { nullable: true, description: "Only treaties this actor (a State or Organisation id) has signed." })
  signatory?: string;

  @Field(() => ID, { nullable: true, description: "Only treaties this actor (a State or Organisation id) is a party to: it consented to be bound and did not denounce afterwards." })
  party?: string;

  @Field({ nullable: true, description: "Name, short name or alias contains this text (case-insensitive)." })
  name?: string;
}
