import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/** What a load changed; a second load of the same data reports all zeros. */
export interface SyncStats {
  inserted: number;
  updated: number;
  deleted: number;
}

/** A row's column values in a stable form: the identity of a row without a natural key. */
function signature(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, row: ObjectLiteral): string {
  const columns = manager.connection.getMetadata(entity).columns.filter((c) => !c.isPrimary);
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
  const existing = new Map((await repo.find()).map((row) => [String(row[keyProp]), row]));
  const ids = new Map<string, number>();
  for (const row of desired) {
    const key = String(row[keyProp]);
    const current = existing.get(key);
    if (!current) {
      const result = await repo.insert(row as never);
      ids.set(key, result.identifiers[0].pk ?? result.identifiers[0].id);
      stats.inserted += 1;
    } else {
      existing.delete(key);
      ids.set(key, current.pk);
      if (signature(manager, entity, { ...current, ...row }) !== signature(manager, entity, current)) {
        await repo.update(current.pk, row as never);
        stats.updated += 1;
      }
    }
  }
  if (existing.size) {
    await repo.delete([...existing.values()].map((r) => r.pk) as never);
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
  const pool = new Map<string, number[]>();
  for (const row of await repo.find()) {
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
      stats.inserted += 1;
    }
  }
  // Leaf rows nobody points at go in multi-row INSERTs: most of a load is source links.
  for (let i = 0; i < batch.length; i += 100) await repo.insert(batch.slice(i, i + 100) as never);
  const stale = [...pool.values()].flat();
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
  const current = new Map((await repo.find()).map((row) => [row.pk, row]));
  for (const [pk, values] of links) {
    const row = current.get(pk);
    if (row && Object.entries(values).every(([k, v]) => (row[k] ?? null) === v)) continue;
    await repo.update(pk, values as never);
    stats.updated += 1;
  }
}
