import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { MeetingParticipation } from "../entities/meeting-participation.entity";
import { NetworkMembership } from "../entities/network-membership.entity";
import { RegionalGroupMembership } from "../entities/regional-group-membership.entity";
import { TreatyAction } from "../entities/treaty-action.entity";

/**
 * The edge tables the benchmark and the statement-count test fan out through. Copying their rows
 * multiplies what a nested query returns (memberships × meetings × participants) without adding
 * parents, so a per-row query would show up as more statements while batched loaders stay flat.
 */
export const GROWN_ENTITIES: EntityTarget<ObjectLiteral>[] = [NetworkMembership, MeetingParticipation, RegionalGroupMembership, TreatyAction];

export interface GrowthReport {
  /** Rows per table before and after, by table name. */
  [table: string]: { before: number; after: number };
}

/**
 * Multiplies the rows of each table by `factor` (an integer ≥ 2): every existing row is copied
 * factor − 1 times with a new id and the same foreign keys, in plain SQL that runs on SQLite and
 * PostgreSQL alike. Rows that hang off the copied ones (sources, declarations) are not copied;
 * the copies are bare edges, which is all a fan-out measurement needs.
 */
export async function growData(ds: DataSource, factor = 2, entities: EntityTarget<ObjectLiteral>[] = GROWN_ENTITIES): Promise<GrowthReport> {
  if (!Number.isInteger(factor) || factor < 2) throw new Error(`growData: factor must be an integer ≥ 2 (got ${factor})`);
  const q = (name: string) => ds.driver.escape(name);
  const report: GrowthReport = {};
  await ds.transaction(async (manager) => {
    for (const entity of entities) {
      const meta = ds.getMetadata(entity);
      const table = q(meta.tableName); // unqualified: a PostgreSQL test schema is on the search_path
      const [pk] = meta.primaryColumns;
      const columns = meta.columns.filter((c) => !c.isPrimary && !c.isVirtual).map((c) => q(c.databaseName)).join(", ");
      const [{ n, top }] = await manager.query(`SELECT COUNT(*) AS n, MAX(${q(pk.databaseName)}) AS top FROM ${table}`);
      // Copy only the rows that existed before this call, so each round adds exactly `before` rows.
      for (let i = 1; i < factor; i++) {
        await manager.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${table} WHERE ${q(pk.databaseName)} <= ${Number(top ?? 0)} ORDER BY ${q(pk.databaseName)}`);
      }
      const [{ m }] = await manager.query(`SELECT COUNT(*) AS m FROM ${table}`);
      report[meta.tableName] = { before: Number(n), after: Number(m) };
    }
  });
  return report;
}
