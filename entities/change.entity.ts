import { Column, Entity, Index } from "typeorm";
import { Row } from "./row.base";

/**
 * One recorded change to one row (issue 10 §4, §6): append-only, the code never updates or deletes
 * a change. `id` is monotonic and is the order of the changes feed. `previous`/`next` are JSON
 * text: the changed columns only for UPDATED, the whole row for CREATED (next) and DELETED (previous).
 * Written only through src/history/change-recorder.ts.
 */
@Entity()
@Index("IDX_change_subject", ["subjectType", "subjectId", "pk"])
export class Change extends Row {
  /** ISO 8601 UTC (`toISOString()`): fixed width, so text order is time order on both databases. */
  @Column({ type: "varchar", length: 24 })
  at: string;

  /** SEED, PARTNER or SYSTEM (src/history/change-actor.ts). */
  @Column({ type: "varchar", length: 10 })
  actorKind: string;

  /** The partner behind a PARTNER change; null otherwise. No foreign key: the log outlives what it describes. */
  @Column({ type: "integer", nullable: true })
  partnerId: number | null;

  /** The API key a PARTNER change was made with; never shown publicly. */
  @Column({ type: "integer", nullable: true })
  apiKeyId: number | null;

  /** The entity (and GraphQL type) name of the changed row, e.g. `Meeting`. */
  @Column({ type: "varchar", length: 60 })
  subjectType: string;

  /** The changed row's key in its table. */
  @Column({ type: "integer" })
  subjectId: number;

  /** CREATED, UPDATED or DELETED. */
  @Column({ type: "varchar", length: 10 })
  action: string;

  /** JSON object of the values before the change (null for CREATED). */
  @Column({ type: "text", nullable: true })
  previous: string | null;

  /** JSON object of the values after the change (null for DELETED). */
  @Column({ type: "text", nullable: true })
  next: string | null;
}
