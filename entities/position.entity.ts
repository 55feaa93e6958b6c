import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { References } from "./references.decorator";
import { TemporalRow } from "./temporal-row.base";
import { Person } from "./person.entity";
import { ActorRef } from "./actor-ref.embedded";

/** A post a person held: the title, for whom, and when. */
@ObjectType({ description: "A post a person held: the title, the state or organisation it was held for, and when." })
@Entity()
export class Position extends TemporalRow {
  @References(() => Person)
  personId: number;

  @Field({ description: "The title of the post (e.g. Minister of Foreign Affairs)." })
  @Column({ type: "varchar", length: 300 })
  title: string;

  /** The state or organisation the post belongs to; both keys null when the sources name none. */
  @Column(() => ActorRef, { prefix: false })
  affiliation: ActorRef;
}
