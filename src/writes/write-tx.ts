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
    const result = await this.manager.getRepository(entity).insert(row as never);
    const pk = Number(result.identifiers[0].pk ?? result.identifiers[0].id);
    this.changes.created(this.typeOf(entity), pk, rowValues(this.manager, entity, row));
    this.searchChanged(this.typeOf(entity), pk);
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
