import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { ChangeSet, changedValues, rowValues } from "../../src/history/change-set";
import { partnerRowsOf, referencedByPartners, seedValuesOf, SKIPPED_ROW } from "./partner-rows";

/** What a load changed; a second load of the same data reports all zeros. */
export interface SyncStats {
  inserted: number;
  updated: number;
  deleted: number;
  /** Seed rows left out because they would touch a partner-maintained row (./partner-rows.ts). */
  skipped: number;
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
function signature(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, row: ObjectLiteral, byPath = false): string {
  // The publication columns (issue 10) are the hub's, not the seed data's: they never make a row differ.
  const columns = manager.connection.getMetadata(entity).columns.filter((c) => !c.isPrimary && !c.propertyPath.startsWith("publication."));
  return JSON.stringify(columns.map((c) => {
    // byPath: values as the change log holds them (`rowValues`), by property path.
    const v = byPath ? row[c.propertyPath] : c.getEntityValue(row);
    return v === undefined ? null : v;
  }));
}

/** `stale` without the rows partner-maintained rows still point at (those are kept, and counted as skipped). */
async function withoutReferenced(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, stale: number[], stats: SyncStats): Promise<number[]> {
  if (!stale.length) return stale;
  const kept = await referencedByPartners(manager, entity, stale);
  stats.skipped += kept.size;
  return stale.filter((pk) => !kept.has(pk));
}

/**
 * Makes a keyed table hold exactly `desired`: inserts new keys, updates changed rows in place (so
 * ids, and the global ids partners stored, never change), deletes keys no longer in the data.
 * Partner-maintained rows (./partner-rows.ts) are left as they are: a desired row with such a
 * row's key is skipped (its key still maps to the row), and they are never deleted.
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
  const partner = await partnerRowsOf(manager, entity);
  const existing = new Map((await repo.find()).map((row) => [String(row[keyProp]), row]));
  const ids = new Map<string, number>();
  for (const row of desired) {
    const key = String(row[keyProp]);
    const current = existing.get(key);
    if (current && partner?.ids.has(current.pk)) {
      // A partner maintains the row holding this key (its own, or a seed row it edited): the seed's
      // version is skipped, and references to the key still reach the row.
      existing.delete(key);
      ids.set(key, current.pk);
      stats.skipped += 1;
    } else if (!current) {
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
  // Rows partners maintain are never deleted, nor the seed rows they point at.
  const deletable = new Set(await withoutReferenced(manager, entity, [...existing.values()].filter((r) => !partner?.ids.has(r.pk)).map((r) => r.pk), stats));
  const stale = [...existing.values()].filter((r) => deletable.has(r.pk));
  if (stale.length) {
    await repo.delete(stale.map((r) => r.pk) as never);
    for (const r of stale) log?.set.deleted(log.type, r.pk, rowValues(manager, entity, r));
    stats.deleted += stale.length;
  }
  return ids;
}

/**
 * Makes a table without natural keys hold exactly `desired`, matching rows by all their column
 * values: unchanged rows keep their ids, rows no longer wanted go, new rows are inserted.
 * Partner-maintained rows are never matched against seed-maintained ones nor deleted; a desired row
 * that stands for one, or hangs under one, is skipped.
 * Returns the primary key of each desired row, in order (none with `returnIds: false`); a skipped
 * row gets the partner row's id, or SKIPPED_ROW when the partner's data has no such row.
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
  const partner = await partnerRowsOf(manager, entity);
  const pool = new Map<string, number[]>();
  const rowsByPk = new Map<number, ObjectLiteral>();
  const partnerRows: ObjectLiteral[] = [];
  for (const row of await repo.find()) {
    if (partner?.ids.has(row.pk)) {
      partnerRows.push(row);
      continue;
    }
    if (log) rowsByPk.set(row.pk, row);
    const sig = signature(manager, entity, row);
    pool.set(sig, [...(pool.get(sig) ?? []), row.pk]);
  }
  const claimPartnerRow = await partnerMatcher(manager, entity, partnerRows);
  const pks: number[] = [];
  const batch: ObjectLiteral[] = [];
  for (const row of desired) {
    const match = pool.get(signature(manager, entity, row))?.shift();
    const partnerRow = match === undefined ? claimPartnerRow(row) : undefined;
    if (match !== undefined) {
      pks.push(match);
    } else if (partnerRow !== undefined || partner?.touches(row)) {
      // The seed's row is (or hangs under) a row a partner maintains: left as the partner wrote it.
      pks.push(partnerRow ?? SKIPPED_ROW);
      stats.skipped += 1;
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
  const stale = await withoutReferenced(manager, entity, [...pool.values()].flat(), stats);
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
  const partner = await partnerRowsOf(manager, entity);
  for (const [pk, values] of links) {
    // A partner-maintained row keeps its links (its seed row was counted as skipped already).
    if (partner?.ids.has(pk)) continue;
    const row = current.get(pk);
    log?.set.completeCreated(log.type, pk, values);
    if (row && Object.entries(values).every(([k, v]) => (row[k] ?? null) === v)) continue;
    await repo.update(pk, values as never);
    const diff = log && changedValues(Object.fromEntries(Object.keys(values).map((k) => [k, row?.[k] ?? null])), values);
    if (diff) log!.set.updated(log!.type, pk, diff.previous, diff.next);
    stats.updated += 1;
  }
}

/**
 * Finds the partner-maintained row a desired seed row stands for, in a table without natural keys:
 * one with the same values, or a seed row a partner has since edited, recognised by the values the
 * seed gave it (the change log's CREATED entry). Each partner row is claimed once.
 */
async function partnerMatcher(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, partnerRows: ObjectLiteral[]): Promise<(row: ObjectLiteral) => number | undefined> {
  if (!partnerRows.length) return () => undefined;
  const seedValues = await seedValuesOf(manager, entity, partnerRows.map((r) => r.pk));
  const bySignature = new Map<string, number[]>();
  const add = (sig: string, pk: number) => bySignature.set(sig, [...(bySignature.get(sig) ?? []), pk]);
  for (const row of partnerRows) {
    add(signature(manager, entity, row), row.pk);
    const seeded = seedValues.get(row.pk);
    if (seeded) add(signature(manager, entity, seeded, true), row.pk);
  }
  const claimed = new Set<number>();
  return (row) => {
    const pk = bySignature.get(signature(manager, entity, row))?.find((p) => !claimed.has(p));
    if (pk !== undefined) claimed.add(pk);
    return pk;
  };
}
