import { Check, Column, Entity, Index } from "typeorm";
import { Row } from "./row.base";
import { ActorRef, ONE_ACTOR } from "./actor-ref.embedded";

/**
 * A partner of the graph: the organisation or state that holds API keys (src/auth/). Not part of
 * the public graph; the admin API shows it through its own types. One partner per actor.
 */
@Entity()
@Check(ONE_ACTOR)
// One partner per actor, held by the database: two admins creating a key for the same new partner at once cannot make two.
@Index("UQ_partner_state", ["actor.stateId"], { unique: true })
@Index("UQ_partner_organisation", ["actor.organisationId"], { unique: true })
export class Partner extends Row {
  @Column(() => ActorRef, { prefix: false })
  actor: ActorRef;

  /** A label for people reading key listings (defaults to the actor's name). */
  @Column({ type: "varchar", length: 200 })
  name: string;

  /** ISO 8601 UTC (`toISOString()`): fixed width, so text order is time order on both databases. */
  @Column({ type: "varchar", length: 24 })
  createdAt: string;
}
