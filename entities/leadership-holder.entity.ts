import { Field, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { Row } from "./row.base";
import { LeadershipTerm } from "./leadership-term.entity";
import { Person } from "./person.entity";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";
import { PartialDate, presentDate } from "./partial-date.embedded";

/** One holder of a leadership term. */
@ObjectType({ description: "One holder of a leadership term: a state or organisation, optionally with the person who acted for it." })
@Entity()
@Check(ONE_ACTOR)
export class LeadershipHolder extends Row {
  @References(() => LeadershipTerm)
  termId: number;

  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  @References(() => Person, { nullable: true })
  personId: number | null;

  @Column(() => PartialDate, { prefix: "joined" })
  joinedAt: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: "When this holder joined the term, if later than the term's start." })
  get joined(): PartialDate | null {
    return presentDate(this.joinedAt);
  }

  @Field(() => Int, { description: "The holder's order in the sources' list (join order for core groups)." })
  @Column({ type: "integer", default: 0 })
  position: number;

  @Field(() => String, { nullable: true, description: "A note on this holder." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
