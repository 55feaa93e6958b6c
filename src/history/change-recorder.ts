import type { EntityManager } from "typeorm";
import type { ChangeActorSpec, PendingChange } from "./change-actor";

const COLUMNS = ["at", "actor_kind", "partner_id", "api_key_id", "subject_type", "subject_id", "action", "previous", "next"];

/**
 * Bound parameters per statement: SQLite builds before 3.32 allow 999 (later ones 32766),
 * PostgreSQL 65535. Staying under 999 costs a few more statements and works everywhere SQLite does.
 */
const MAX_PARAMETERS = { sqlite: 999, postgres: 65_535 } as const;
/** The advisory lock key that orders change-log inserts on PostgreSQL (any constant unique to this purpose). */
const CHANGE_LOG_LOCK = 7_310_001;

/** Rows per statement on PostgreSQL: far under its limit, to keep statements a sane size. */
const MAX_ROWS = 1_000;

/**
 * Appends `changes` to the change log inside the caller's transaction (`manager` is the
 * transaction's EntityManager), all with the same actor and time, in the given order: ids are
 * assigned in that order, and the feed (`changes`) follows ids. Multi-row INSERTs in chunks that
 * respect each database's parameter limit. This is the only writer of the `change` table, and it
 * only ever inserts: the log is append-only (no code updates or deletes a change row).
 */
export async function recordChanges(manager: EntityManager, actor: ChangeActorSpec, changes: PendingChange[], at = new Date().toISOString()): Promise<void> {
  if (changes.length === 0) return;
  const postgres = manager.connection.options.type === "postgres";
  // The feed pages by change id, so ids must become visible in order. Concurrent PostgreSQL
  // transactions would otherwise commit a lower id after a poller has read past it, and that poller
  // would never see it. Recording is the last step of every write, so this lock (held to commit)
  // serialises only the last moments of concurrent writes. SQLite writes are serial already.
  if (postgres) await manager.query(`SELECT pg_advisory_xact_lock(${CHANGE_LOG_LOCK})`);
  const perRow = COLUMNS.length;
  const rowsPerStatement = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS[postgres ? "postgres" : "sqlite"] / perRow));
  const partnerId = actor.kind === "PARTNER" ? actor.partnerId : null;
  const apiKeyId = actor.kind === "PARTNER" ? actor.apiKeyId : null;
  const json = (v: Record<string, unknown> | null) => (v === null ? null : JSON.stringify(v));
  for (let start = 0; start < changes.length; start += rowsPerStatement) {
    const chunk = changes.slice(start, start + rowsPerStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((c) => {
      const first = params.length;
      params.push(at, actor.kind, partnerId, apiKeyId, c.subjectType, c.subjectId, c.action, json(c.previous), json(c.next));
      return `(${COLUMNS.map((_, i) => (postgres ? `$${first + i + 1}` : "?")).join(", ")})`;
    });
    await manager.query(`INSERT INTO "change" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`, params);
  }
}
