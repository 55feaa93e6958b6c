import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { ChangeSet, changedValues, rowValues } from "../../src/history/change-set";

/** What a load changed; a second load of the same data reports all zeros. */
export interface SyncStats {
  inserted: number;
  updated: number;
  deleted: number;
}

/** The change log entries a load collects, by its stats object (kept out of the counts themselves). */
const changeSets = new WeakMap<SyncStats, ChangeSet>();

/** Makes the sync functions record every row they write into `changes` (src/history/). */
export function recordChangesInto(stats: SyncStats, changes: ChangeSet): void {
  changeSets.set(stats, changes);
}

/** The change set collecting a load's changes, if any. */
export function changeSetOf(stats: SyncStats): ChangeSet | undefined {
  return changeSets.get(stats);
}

/** The change set collecting a load's changes, if any, with the entity's type name. */
function tracker(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, stats: SyncStats) {
  const set = changeSets.get(stats);
  return set && { set, type: manager.connection.getMetadata(entity).name };
}

/** A row's column values in a stable form: the identity of a row without a natural key. */
function signature(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, row: ObjectLiteral): string {
  // The publication columns (issue 10) are the hub's, not the seed data's: they never make a row differ.
  const columns = manager.connection.getMetadata(entity).columns.filter((c) => !c.isPrimary && !c.propertyPath.startsWith("publication."));
  return JSON.stringify(columns.map((c) => {
    const v = c.getEntityValue(row);
    return v === undefined ? null : v;
  }));
}

/**
 * Makes a keyed table hold exactly `desired`: inserts new keys, updates changed rows in place (so
 * ids, and the global ids partners stored, never change), deletes keys no longer in the data.
 * Returns key → primary key.
 */
export async function upsertByKey<E extends ObjectLiteral & { pk: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  keyProp: keyof E & string,
  desired: ObjectLiteral[],
  stats: SyncStats,
): Promise<Map<string, number>> {
  const repo = manager.getRepository(entity);
  const log = tracker(manager, entity, stats);
  const existing = new Map((await repo.find()).map((row) => [String(row[keyProp]), row]));
  const ids = new Map<string, number>();
  for (const row of desired) {
    const key = String(row[keyProp]);
    const current = existing.get(key);
    if (!current) {
      const result = await repo.insert(row as never);
      ids.set(key, result.identifiers[0].pk ?? result.identifiers[0].id);
      log?.set.created(log.type, ids.get(key)!, rowValues(manager, entity, row));
      stats.inserted += 1;
    } else {
      existing.delete(key);
      ids.set(key, current.pk);
      if (signature(manager, entity, { ...current, ...row }) !== signature(manager, entity, current)) {
        await repo.update(current.pk, row as never);
        const diff = log && changedValues(rowValues(manager, entity, current), rowValues(manager, entity, row));
        if (diff) log!.set.updated(log!.type, current.pk, diff.previous, diff.next);
        stats.updated += 1;
      }
    }
  }
  if (existing.size) {
    await repo.delete([...existing.values()].map((r) => r.pk) as never);
    for (const r of existing.values()) log?.set.deleted(log.type, r.pk, rowValues(manager, entity, r));
    stats.deleted += existing.size;
  }
  return ids;
}

/**
 * Makes a table without natural keys hold exactly `desired`, matching rows by all their column
 * values: unchanged rows keep their ids, rows no longer wanted go, new rows are inserted.
 * Returns the primary key of each desired row, in order (none with `returnIds: false`).
 */
export async function syncRows<E extends ObjectLiteral & { pk: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  desired: ObjectLiteral[],
  stats: SyncStats,
  options: { returnIds?: boolean } = {},
): Promise<number[]> {
  const repo = manager.getRepository(entity);
  const log = tracker(manager, entity, stats);
  const pool = new Map<string, number[]>();
  const rowsByPk = new Map<number, ObjectLiteral>();
  for (const row of await repo.find()) {
    if (log) rowsByPk.set(row.pk, row);
    const sig = signature(manager, entity, row);
    pool.set(sig, [...(pool.get(sig) ?? []), row.pk]);
  }
  const pks: number[] = [];
  const batch: ObjectLiteral[] = [];
  for (const row of desired) {
    const match = pool.get(signature(manager, entity, row))?.shift();
    if (match !== undefined) {
      pks.push(match);
    } else if (options.returnIds === false) {
      batch.push(row);
      stats.inserted += 1;
    } else {
      const result = await repo.insert(row as never);
      pks.push(result.identifiers[0].pk ?? result.identifiers[0].id);
      log?.set.created(log.type, pks[pks.length - 1], rowValues(manager, entity, row));
      stats.inserted += 1;
    }
  }
  // Leaf rows nobody points at go in multi-row INSERTs: most of a load is source links.
  for (let i = 0; i < batch.length; i += 100) {
    const chunk = batch.slice(i, i + 100);
    const result = await repo.insert(chunk as never);
    if (log) chunk.forEach((row, j) => log.set.created(log.type, result.identifiers[j].pk ?? result.identifiers[j].id, rowValues(manager, entity, row)));
  }
  const stale = [...pool.values()].flat();
  for (const pk of stale) log?.set.deleted(log.type, pk, rowValues(manager, entity, rowsByPk.get(pk)!));
  for (let i = 0; i < stale.length; i += 500) await repo.delete(stale.slice(i, i + 500) as never);
  stats.deleted += stale.length;
  return pks;
}

/**
 * Sets columns that point across a table (parents, launch meetings) once every row has its id,
 * writing only rows whose values differ.
 */
export async function setLinks<E extends ObjectLiteral & { pk: number }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  stats: SyncStats,
  links: [number, Record<string, number | null>][],
): Promise<void> {
  const repo = manager.getRepository(entity);
  const log = tracker(manager, entity, stats);
  const current = new Map((await repo.find()).map((row) => [row.pk, row]));
  for (const [pk, values] of links) {
    const row = current.get(pk);
    log?.set.completeCreated(log.type, pk, values);
    if (row && Object.entries(values).every(([k, v]) => (row[k] ?? null) === v)) continue;
    await repo.update(pk, values as never);
    const diff = log && changedValues(Object.fromEntries(Object.keys(values).map((k) => [k, row?.[k] ?? null])), values);
    if (diff) log!.set.updated(log!.type, pk, diff.previous, diff.next);
    stats.updated += 1;
  }
}
