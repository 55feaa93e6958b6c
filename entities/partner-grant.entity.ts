import { Column, Entity, Index } from "typeorm";
import { Row } from "./row.base";
import { References } from "./references.decorator";
import { Partner } from "./partner.entity";

/**
 * One role a partner holds: READER, CONTRIBUTOR, STEWARD or ADMIN, optionally within a scope
 * (a Network, State or Organisation by its id). ADMIN and READER are unscoped. `scope_id` is
 * polymorphic (its table is named by `scope_type`), so it carries no foreign key.
 */
@Entity()
@Index(["partnerId", "role", "scopeType", "scopeId"], { unique: true })
export class PartnerGrant extends Row {
  @References(() => Partner)
  partnerId: number;

  @Column({ type: "varchar", length: 20 })
  role: string;

  @Column({ type: "varchar", length: 20, nullable: true })
  scopeType: string | null;

  @Column({ type: "integer", nullable: true })
  scopeId: number | null;
}
