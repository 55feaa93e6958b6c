import { Field, ObjectType } from "type-graphql";
import { PartialDate } from "../../entities/partial-date.embedded";
import type { ActorRef } from "../../entities/actor-ref.embedded";

/** A signatory, derived from the treaty's actions (never stored). */
@ObjectType({ description: "A state or organisation that signed a treaty, derived from its treaty actions (never stored as a flag)." })
export class TreatySignatory {
  /** Who signed; resolved to an Actor by TreatySignatoryResolver. */
  actorRef: ActorRef;

  /** The key of the action this row comes from (not in the schema): it keys the row's cursor in the paged lists. */
  actionPk: number;

  @Field(() => PartialDate, { description: "When it first signed." })
  signedOn: PartialDate;
}
