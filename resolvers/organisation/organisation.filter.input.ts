import { Field, InputType } from "type-graphql";
import { OrganisationKind } from "../../entities/enums/organisation-kind.enum";

/** Filters for `organisations`; all given conditions must hold. */
@InputType({ description: "Filters for `organisations`. Every condition given must hold." })
export class OrganisationFilter {
  @Field(() => [OrganisationKind], { nullable: true, description: "Only organisations of one of these kinds." })
  kinds?: OrganisationKind[];

  @Field({ nullable: true, description: "Name, acronym or alias contains this text (case-insensitive)." })
  name?: string;

  @Field({ nullable: true, description: "Only organisations this state belongs to, by ISO alpha-2 or alpha-3 code (case-insensitive), at any time or as of `memberAsOf`." })
  memberState?: string;

  @Field(() => String, { nullable: true, description: "The day `memberState` is evaluated on (YYYY-MM-DD); needs `memberState`." })
  memberAsOf?: string;

  @Field({ nullable: true, description: "Only direct sub-bodies of this organisation (its key, e.g. `eu`)." })
  parent?: string;
}
