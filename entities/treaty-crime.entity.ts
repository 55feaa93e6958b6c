import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { TreatyProposal } from "./treaty-proposal.entity";
import { Crime } from "./enums/crime.enum";
import { CrimeScope } from "./enums/crime-scope.enum";

/** A crime a treaty covers, by default or through an optional annex. */
@ObjectType({ description: "A crime a treaty covers, either by default or through an optional annex that states opt into." })
@Entity()
export class TreatyCrime extends Row {
  @References(() => TreatyProposal)
  treatyProposalId: number;

  @Field(() => Crime, { description: "The crime." })
  @Column({ type: "varchar", length: 30 })
  crime: Crime;

  @Field(() => CrimeScope, { description: "Covered by default, or only for states that opt in." })
  @Column({ type: "varchar", length: 20 })
  scope: CrimeScope;

  @Field(() => String, { nullable: true, description: "The annex letter, for optional annexes." })
  @Column({ type: "varchar", length: 5, nullable: true })
  annex: string | null;

  @Field(() => String, { nullable: true, description: "The article that provides for it (e.g. Art. 2(1))." })
  @Column({ type: "varchar", length: 60, nullable: true })
  article: string | null;

  @Field(() => String, { nullable: true, description: "A note (e.g. which war crimes are listed)." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
