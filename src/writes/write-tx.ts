import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { Context } from "../context";
import type { PartnerViewer } from "../auth/viewer";
import { ChangeSet, rowValues } from "../history/change-set";
import { recordChanges } from "../history/change-recorder";
import type { ChangeActorSpec } from "../history/change-actor";
import { refreshSearchEntries } from "../search/search-entry.refresh";
import { serialised } from "./write-lock";

/**
 * One partner write in progress: its transaction, who writes, and what it changed so far. Every
 * mutation and every import runs in exactly one (src/writes/run-write.ts), so a write is all or
 * nothing, its changes reach the change log with the partner and key, and search sees it at once.
 */
export class WriteTx {
  readonly changes = new ChangeSet();
  private readonly searchable: { type: string; id: number }[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly partner: PartnerViewer,
  ) {}

  get actor(): ChangeActorSpec {
    return { kind: "PARTNER", partnerId: this.partner.partnerId, apiKeyId: this.partner.keyId };
  }

  get postgres(): boolean {
    return this.manager.connection.options.type === "postgres";
  }

  /** The entity's type name in the change log (its class name). */
  typeOf(entity: EntityTarget<ObjectLiteral>): string {
    return this.manager.connection.getMetadata(entity).name;
  }

  /** Inserts one row and records it as CREATED; returns its primary key. */
  async insert<E extends ObjectLiteral>(entity: EntityTarget<E>, row: ObjectLiteral): Promise<number> {
    return (await this.insertRow(entity, row, false))!;
  }

  /**
   * Inserts one row unless a unique index already holds its key (null then). A SELECT cannot tell
   * (the read guard hides other partners' drafts, whose keys are taken all the same); `ON CONFLICT
   * DO NOTHING` asks the index itself and leaves a PostgreSQL transaction usable.
   */
  insertUnlessTaken<E extends ObjectLiteral>(entity: EntityTarget<E>, row: ObjectLiteral): Promise<number | null> {
    return this.insertRow(entity, row, true);
  }

  // ONE statement per row: TypeORM's default re-reads each inserted row on SQLite for its column
  // defaults, which a write (or an import of 10,000 records) pays once per row for nothing.
  private async insertRow<E extends ObjectLiteral>(entity: EntityTarget<E>, row: ObjectLiteral, ignoreConflict: boolean): Promise<number | null> {
    const qb = this.manager.createQueryBuilder().insert().into(entity).values(row as never).updateEntity(false);
    if (ignoreConflict) qb.orIgnore();
    if (this.postgres) qb.returning("id");
    const result = await qb.execute();
    let pk: number | null;
    if (this.postgres) {
      // RETURNING gives no row when the conflict skipped the insert.
      pk = Array.isArray(result.raw) && result.raw.length ? Number(result.raw[0].id) : null;
    } else {
      // better-sqlite3 reports the last rowid even when nothing was inserted: ask how many rows changed.
      const skipped = ignoreConflict && Number((await this.manager.query("SELECT changes() AS n"))[0].n) === 0;
      pk = skipped ? null : Number(result.raw);
    }
    if (pk === null) return null;
    const type = this.typeOf(entity);
    this.changes.created(type, pk, rowValues(this.manager, entity, row));
    this.searchChanged(type, pk);
    return pk;
  }

  /** Marks a subject whose search entry must follow this write (ignored for types search does not index). */
  searchChanged(type: string, id: number): void {
    this.searchable.push({ type, id });
  }

  /** Called once, just before commit: the change log and search entries, in the same transaction. */
  async finish(): Promise<void> {
    await recordChanges(this.manager, this.actor, this.changes.list);
    if (this.searchable.length) await refreshSearchEntries(this.manager, this.searchable);
  }
}

/**
 * Runs `work` in one transaction of the request's own data source (its reads are the viewer's:
 * a reference to a row the partner may not see is as unknown as a missing one). Throwing anywhere
 * rolls everything back, the change log included.
 */
export function runWrite<T>(ctx: Context, partner: PartnerViewer, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  return serialised(ctx.ds, () =>
    ctx.ds.transaction(async (manager) => {
      const tx = new WriteTx(manager, partner);
      const result = await work(tx);
      await tx.finish();
      return result;
    }),
  );
}
