import { Field, ObjectType } from "type-graphql";
import { PartialDate } from "../../entities/partial-date.embedded";
import type { ActorRef } from "../../entities/actor-ref.embedded";
import { TreatyActionType } from "../../entities/enums/treaty-action-type.enum";
import { LocalDate } from "../../src/scalars/local-date.scalar";

/** A party, derived from the treaty's actions (never stored). */
@ObjectType({ description: "A state or organisation bound by a treaty: it ratified, accepted, approved, acceded, succeeded or signed definitively, and has not denounced since. Derived from its treaty actions, never stored." })
export class TreatyParty {
  /** Who is bound; resolved to an Actor by TreatyPartyResolver. */
  actorRef: ActorRef;

  /** The key of the action this row comes from (not in the schema): it keys the row's cursor in the paged lists. */
  actionPk: number;

  @Field(() => PartialDate, { description: "When it consented to be bound." })
  consentedOn: PartialDate;

  @Field(() => TreatyActionType, { description: "How it consented (ratification, accession…)." })
  consentType: TreatyActionType;

  @Field(() => LocalDate, { nullable: true, description: "When the treaty entered (or enters) into force for this party, as the depositary records it; null when not recorded." })
  entryIntoForce: string | null;
}
