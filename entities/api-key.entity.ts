import { Column, Entity, Index } from "typeorm";
import { Row } from "./row.base";
import { References } from "./references.decorator";
import { Partner } from "./partner.entity";

/**
 * A partner's API key. The token itself is never stored: only its public prefix (to find the row
 * and to name the key in listings) and the SHA-256 of the whole token (src/auth/api-token.ts).
 * Times are ISO 8601 UTC text, fixed width, so they compare as text on both databases.
 */
@Entity()
export class ApiKey extends Row {
  @References(() => Partner)
  partnerId: number;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 16 })
  prefix: string;

  /** Hex SHA-256 of the whole token. */
  @Column({ type: "varchar", length: 64 })
  hash: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  label: string | null;

  @Column({ type: "varchar", length: 24 })
  createdAt: string;

  @Column({ type: "varchar", length: 24 })
  expiresAt: string;

  @Column({ type: "varchar", length: 24, nullable: true })
  revokedAt: string | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  revokedReason: string | null;

  /** Updated at most once a minute per key, outside the request's statements. */
  @Column({ type: "varchar", length: 24, nullable: true })
  lastUsedAt: string | null;
}
