import type { EntityTarget } from "typeorm";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { ConflictError } from "../errors/conflict.error";
import { changedValues, rowValues } from "../history/change-set";
import type { PublishedRow } from "./writable-kinds";
import type { WriteTx } from "./write-tx";

/**
 * The row as this partner may see it, inside the write's transaction; a row it may not see is
 * refused exactly like one that does not exist (BAD_USER_INPUT naming `path`).
 */
export async function loadVisible<R extends PublishedRow>(tx: WriteTx, entity: EntityTarget<R>, pk: number, path: string): Promise<R> {
  const row = await tx.manager.getRepository(entity).findOneBy({ pk } as never);
  if (!row) throw new BadUserInputError(path, "names no record you can see");
  return row as R;
}

/**
 * Writes `values` (property paths as TypeORM takes them; `publication` merged) if the row is
 * still at `expectedVersion`, and moves it to the next version. The version check is part of the
 * UPDATE itself, so of concurrent writers that read the same version exactly one succeeds; the
 * others get CONFLICT with the version that won, and write nothing. Records the change.
 */
export async function updateVersioned<R extends PublishedRow>(
  tx: WriteTx,
  entity: EntityTarget<R>,
  row: R,
  expectedVersion: number,
  values: Record<string, unknown>,
  versionPath = "version",
): Promise<R> {
  if (row.publication.version !== expectedVersion) throw new ConflictError(versionPath, row.publication.version);
  const publication = { ...row.publication, ...((values.publication as object) ?? {}), version: expectedVersion + 1 };
  const set = { ...values, publication };
  const result = await tx.manager
    .createQueryBuilder()
    .update(entity)
    .set(set as never)
    .where("id = :pk AND pub_version = :version", { pk: row.pk, version: expectedVersion })
    .execute();
  if (!result.affected) {
    const now = await tx.manager.getRepository(entity).findOneBy({ pk: row.pk } as never);
    throw new ConflictError(versionPath, (now as R | null)?.publication.version ?? expectedVersion + 1);
  }
  const after = Object.assign(Object.create(Object.getPrototypeOf(row)), row, set) as R;
  const diff = changedValues(rowValues(tx.manager, entity, row), rowValues(tx.manager, entity, after));
  if (diff) tx.changes.updated(tx.typeOf(entity), row.pk, diff.previous, diff.next);
  tx.searchChanged(tx.typeOf(entity), row.pk);
  return after;
}
