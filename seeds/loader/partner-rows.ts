import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { GUARDED_SUBJECTS, GUARDED_TABLES } from "../../src/visibility/guarded-tables";

/**
 * Which rows partners maintain, so the seed loader leaves them alone (issue 10 §4). A row is
 * partner-maintained when its own `pub_partner_id` is set (a partner created it, or edited a seed
 * row), when it is a child of a partner-maintained row (GUARDED_TABLES says whose), or, for a
 * source link, when its subject is. The seed loader never updates, deletes or re-points such a
 * row, and skips the seed rows that would touch one.
 */

/** Tables whose rows name their subject by type and id, and which columns hold them. */
const SUBJECT_COLUMNS: Record<string, { typeColumn: string; idColumn: string }> = {
  source_link: { typeColumn: "subject_type", idColumn: "subject_id" },
};

/**
 * Stands for "a row the seed did not write because a partner maintains its parent" among the ids
 * a sync returns: no real row has id 0, and rows pointing at it are skipped in turn.
 */
export const SKIPPED_ROW = 0;

/** One SELECT of the ids of `table`'s partner-maintained rows; null for tables only the seed writes. */
export function partnerRowsSql(table: string): string | null {
  const guard = GUARDED_TABLES[table];
  if (guard?.kind === "own") return `SELECT "id" FROM "${table}" WHERE "pub_partner_id" IS NOT NULL`;
  if (guard?.kind !== "parent") return null;
  const conditions = [`"${guard.fk}" IN (${partnerRowsSql(guard.parent)})`];
  const subject = SUBJECT_COLUMNS[table];
  if (subject) {
    for (const [type, subjectTable] of Object.entries(GUARDED_SUBJECTS)) {
      // Type names are code constants (entity names), never input: safe to inline.
      const sql = subjectTable === table ? null : partnerRowsSql(subjectTable);
      if (sql) conditions.push(`("${subject.typeColumn}" = '${type}' AND "${subject.idColumn}" IN (${sql}))`);
    }
  }
  return `SELECT "id" FROM "${table}" WHERE ${conditions.join(" OR ")}`;
}

/** Ids per table, read once per load (the load's transaction manager): the seed never adds to them. */
const cache = new WeakMap<EntityManager, Map<string, Promise<Set<number>>>>();

/** The ids of a table's partner-maintained rows (empty for tables partners do not write). */
export function partnerRowIds(manager: EntityManager, table: string): Promise<Set<number>> {
  let perTable = cache.get(manager);
  if (!perTable) cache.set(manager, (perTable = new Map()));
  let ids = perTable.get(table);
  if (!ids) {
    const sql = partnerRowsSql(table);
    ids = sql ? manager.query(sql).then((rows: { id: number | string }[]) => new Set(rows.map((r) => Number(r.id)))) : Promise.resolve(new Set<number>());
    perTable.set(table, ids);
  }
  return ids;
}

/** What the sync functions need to know about one table's partner rows. */
export interface PartnerRows {
  /** The table's partner-maintained rows. */
  ids: Set<number>;
  /** Whether a desired seed row would hang under a partner-maintained row (its parent or its subject). */
  touches(row: ObjectLiteral): boolean;
}

/** The partner rows of `entity`'s table and the test for desired rows; null when partners never write it. */
export async function partnerRowsOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): Promise<PartnerRows | null> {
  const meta = manager.connection.getMetadata(entity);
  const guard = GUARDED_TABLES[meta.tableName];
  if (guard?.kind !== "own" && guard?.kind !== "parent") return null;
  const ids = await partnerRowIds(manager, meta.tableName);
  const tests: ((row: ObjectLiteral) => boolean)[] = [];
  const valueOf = (column: string) => meta.columns.find((c) => c.databaseName === column)!;
  if (guard.kind === "parent") {
    const fk = valueOf(guard.fk);
    const parents = await partnerRowIds(manager, guard.parent);
    tests.push((row) => {
      const id = fk.getEntityValue(row);
      return id === SKIPPED_ROW || parents.has(id);
    });
  }
  const subject = SUBJECT_COLUMNS[meta.tableName];
  if (subject) {
    const [typeColumn, idColumn] = [valueOf(subject.typeColumn), valueOf(subject.idColumn)];
    const bySubjectTable = new Map<string, Set<number>>();
    for (const t of new Set(Object.values(GUARDED_SUBJECTS))) if (t !== meta.tableName) bySubjectTable.set(t, await partnerRowIds(manager, t));
    tests.push((row) => {
      const id = idColumn.getEntityValue(row);
      const table = GUARDED_SUBJECTS[typeColumn.getEntityValue(row)];
      return id === SKIPPED_ROW || (table !== undefined && bySubjectTable.get(table)?.has(id) === true);
    });
  }
  return { ids, touches: (row) => tests.some((t) => t(row)) };
}

/**
 * The values the seed gave rows that partners have since edited, from the change log (the seed's
 * CREATED entry): how a table without natural keys recognises its seed row after a partner
 * changed it. Rows a partner created have no such entry.
 */
export async function seedValuesOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, pks: number[]): Promise<Map<number, Record<string, unknown>>> {
  const type = manager.connection.getMetadata(entity).name;
  const postgres = manager.connection.options.type === "postgres";
  const out = new Map<number, Record<string, unknown>>();
  for (let i = 0; i < pks.length; i += 500) {
    const chunk = pks.slice(i, i + 500);
    const marks = chunk.map((_, j) => (postgres ? `$${j + 2}` : "?")).join(", ");
    const rows: { subject_id: number | string; actor_kind: string; next: unknown }[] = await manager.query(
      `SELECT "subject_id", "actor_kind", "next" FROM "change" WHERE "subject_type" = ${postgres ? "$1" : "?"} AND "action" = 'CREATED' AND "subject_id" IN (${marks}) ORDER BY "id"`,
      [type, ...chunk],
    );
    // The last CREATED wins: SQLite may reuse the id of a deleted row.
    for (const r of rows) {
      const pk = Number(r.subject_id);
      if (r.actor_kind !== "SEED") out.delete(pk);
      else out.set(pk, typeof r.next === "string" ? JSON.parse(r.next) : (r.next as Record<string, unknown>));
    }
  }
  return out;
}

/** Tables whose rows point at any row by subject type and id (no foreign key holds these). */
const SUBJECT_REFERENCES = ["source_link", "observation"];

/**
 * Which of `pks` (rows the seed data no longer has) partner-maintained rows still point at: the
 * seed keeps those, since deleting them would cascade to the partner's rows, set their references
 * to null or leave their sources dangling. Runs only when a load has rows to delete.
 */
export async function referencedByPartners(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, pks: number[]): Promise<Set<number>> {
  const target = manager.connection.getMetadata(entity);
  const postgres = manager.connection.options.type === "postgres";
  const kept = new Set<number>();
  const lookups: { sql: string; params: unknown[] }[] = [];
  for (const owner of manager.connection.entityMetadatas) {
    const partnerSql = partnerRowsSql(owner.tableName);
    if (!partnerSql) continue;
    for (const relation of owner.manyToOneRelations) {
      if (relation.inverseEntityMetadata.tableName !== target.tableName) continue;
      const fk = relation.joinColumns[0].databaseName;
      lookups.push({ sql: `SELECT "${fk}" AS "ref" FROM "${owner.tableName}" WHERE "id" IN (${partnerSql}) AND "${fk}" IN (#)`, params: [] });
    }
    if (SUBJECT_REFERENCES.includes(owner.tableName)) {
      lookups.push({ sql: `SELECT "subject_id" AS "ref" FROM "${owner.tableName}" WHERE "id" IN (${partnerSql}) AND "subject_type" = ${postgres ? "$1" : "?"} AND "subject_id" IN (#)`, params: [target.name] });
    }
  }
  for (const { sql, params } of lookups) {
    for (let i = 0; i < pks.length; i += 500) {
      const chunk = pks.slice(i, i + 500);
      const marks = chunk.map((_, j) => (postgres ? `$${params.length + j + 1}` : "?")).join(", ");
      for (const r of await manager.query(sql.replace("#", marks), [...params, ...chunk])) kept.add(Number(r.ref));
    }
  }
  return kept;
}
