import type { EntityTarget, ObjectLiteral } from "typeorm";
import { rowValues } from "../../history/change-set";
import type { WriteTx } from "../write-tx";

/**
 * Inserts one row like `tx.insert` (CREATED in the change log, search entry refreshed) in ONE
 * statement: TypeORM's default re-reads each inserted row on SQLite for its column defaults, which
 * a write that inserts a meeting with twenty participants pays twenty times for nothing.
 * With `ignoreConflict`, a row whose unique key is taken is not inserted and null is returned: a
 * SELECT cannot tell (the read guard hides other partners' drafts, whose keys are taken all the
 * same), `ON CONFLICT DO NOTHING` asks the unique index itself, and it leaves a PostgreSQL
 * transaction usable (an import goes on with its other records; a failed INSERT would abort it).
 */
export async function insertRow<E extends ObjectLiteral>(tx: WriteTx, entity: EntityTarget<E>, row: ObjectLiteral, ignoreConflict = false): Promise<number | null> {
  const qb = tx.manager.createQueryBuilder().insert().into(entity).values(row as never).updateEntity(false);
  if (ignoreConflict) qb.orIgnore();
  if (tx.postgres) qb.returning("id");
  const result = await qb.execute();
  let pk: number | null;
  if (tx.postgres) {
    // RETURNING gives no row when the conflict skipped the insert.
    pk = Array.isArray(result.raw) && result.raw.length ? Number(result.raw[0].id) : null;
  } else {
    // better-sqlite3 reports the last rowid even when nothing was inserted: ask how many rows changed.
    const skipped = ignoreConflict && Number((await tx.manager.query("SELECT changes() AS n"))[0].n) === 0;
    pk = skipped ? null : Number(result.raw);
  }
  if (pk === null) return null;
  const type = tx.typeOf(entity);
  tx.changes.created(type, pk, rowValues(tx.manager, entity, row));
  tx.searchChanged(type, pk);
  return pk;
}

/** A unique index refused the statement (SQLite or PostgreSQL), e.g. a key changed to one that is taken. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
