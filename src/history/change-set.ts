import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { PendingChange } from "./change-actor";

/** A row's non-key column values by property path (`name`, `actor.stateId`); columns the row does not set are left out. */
export function rowValues(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, row: ObjectLiteral): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of manager.connection.getMetadata(entity).columns) {
    if (column.isPrimary) continue;
    const value = column.getEntityValue(row);
    if (value !== undefined) out[column.propertyPath] = value;
  }
  return out;
}

/** The columns whose values differ between `before` and `after` (after's keys), as previous/next objects. */
export function changedValues(before: Record<string, unknown>, after: Record<string, unknown>): { previous: Record<string, unknown>; next: Record<string, unknown> } | null {
  const previous: Record<string, unknown> = {};
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key] ?? null;
    if (JSON.stringify(old) === JSON.stringify(value ?? null)) continue;
    previous[key] = old;
    next[key] = value ?? null;
  }
  return Object.keys(next).length ? { previous, next } : null;
}

/**
 * The changes one transaction makes, collected in order for src/history/change-recorder.ts. An
 * update of a row created earlier in the same transaction (the seed loader sets cross-links after
 * inserting) is folded into its CREATED entry, so the log shows the row as it was committed.
 */
export class ChangeSet {
  readonly list: PendingChange[] = [];
  private readonly createdAt = new Map<string, PendingChange>();

  created(subjectType: string, subjectId: number, next: Record<string, unknown>): void {
    const change: PendingChange = { subjectType, subjectId, action: "CREATED", previous: null, next };
    this.list.push(change);
    this.createdAt.set(`${subjectType}:${subjectId}`, change);
  }

  updated(subjectType: string, subjectId: number, previous: Record<string, unknown>, next: Record<string, unknown>): void {
    const created = this.createdAt.get(`${subjectType}:${subjectId}`);
    if (created) Object.assign(created.next!, next);
    else this.list.push({ subjectType, subjectId, action: "UPDATED", previous, next });
  }

  /** Adds values set after the insert (cross-links) to a row created in this set; no-op for other rows. */
  completeCreated(subjectType: string, subjectId: number, values: Record<string, unknown>): void {
    const created = this.createdAt.get(`${subjectType}:${subjectId}`);
    if (created) Object.assign(created.next!, values);
  }

  deleted(subjectType: string, subjectId: number, previous: Record<string, unknown>): void {
    this.createdAt.delete(`${subjectType}:${subjectId}`);
    this.list.push({ subjectType, subjectId, action: "DELETED", previous, next: null });
  }
}
