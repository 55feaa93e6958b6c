import { Column, Index, JoinColumn, ManyToOne, type Relation } from "typeorm";
import { State } from "./state.entity";
import { Organisation } from "./organisation.entity";

/**
 * The actor on an edge: exactly one of a state or an organisation (each edge entity adds a CHECK).
 * Two nullable foreign keys, rather than one polymorphic id, keep referential integrity in both
 * databases. The relations exist for the foreign keys only; reads go through DataLoaders.
 */
export class ActorRef {
  @Index()
  @Column({ type: "integer", nullable: true })
  stateId: number | null;

  @ManyToOne(() => State, { nullable: true, onDelete: "CASCADE" })
  @JoinColumn({ name: "state_id" })
  state?: Relation<State>;

  @Index()
  @Column({ type: "integer", nullable: true })
  organisationId: number | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Relation<Organisation>;
}

/** The CHECK every edge with an ActorRef declares: exactly one of the two keys is set. */
export const ONE_ACTOR = `("state_id" IS NULL) <> ("organisation_id" IS NULL)`;
