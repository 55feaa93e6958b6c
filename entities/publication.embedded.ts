import { Field, Int, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { RecordStatus } from "./enums/record-status.enum";
import { Visibility } from "./enums/visibility.enum";

/**
 * Who may read a record and who maintains it: embedded (columns `pub_*`) in every table partners
 * write (src/visibility/guarded-tables.ts lists them). Seed rows keep the defaults: published,
 * public, version 1, no partner. Child rows (participants, passages) follow their parent's.
 */
@ObjectType({ description: "A record's publication state: status, visibility, version (for optimistic concurrency) and why it was retracted." })
export class Publication {
  @Field(() => RecordStatus, { description: "DRAFT, PUBLISHED or RETRACTED." })
  @Column({ type: "varchar", length: 10, default: RecordStatus.PUBLISHED })
  status: RecordStatus;

  @Field(() => Visibility, { description: "PUBLIC, or PARTNERS (readable with a partner key only)." })
  @Column({ type: "varchar", length: 10, default: Visibility.PUBLIC })
  visibility: Visibility;

  @Field(() => Int, { description: "Goes up by one with every change. An update states the version it read; a stale one is refused with code CONFLICT." })
  @Column({ type: "integer", default: 1 })
  version: number;

  /** The partner that maintains the record; null while the seed data does (the seed never touches partner-maintained rows). */
  @Column({ type: "integer", nullable: true })
  partnerId: number | null;

  /** The scope whose stewards see its drafts and publish it: `Network`, `State` or `Organisation`, and that actor's id. */
  @Column({ type: "varchar", length: 16, nullable: true })
  scopeType: string | null;

  @Column({ type: "integer", nullable: true })
  scopeId: number | null;

  @Field(() => String, { nullable: true, description: "Why the record was retracted; null unless RETRACTED." })
  @Column({ type: "text", nullable: true })
  retractionReason: string | null;
}
