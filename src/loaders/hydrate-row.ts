import type { DataSource, EntityMetadata } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";

/**
 * Selects every column of `meta` on `alias` as `<prefix><column>`: the flat, prefixed shape
 * `hydrateRow` reads back.
 */
export function columnSelections(meta: EntityMetadata, alias: string, prefix: string): string[] {
  return meta.columns.filter((c) => !c.isVirtual).map((c) => `${alias}.${c.databaseName} AS "${prefix}${c.databaseName}"`);
}

interface Plan {
  pkKey: string;
  columns: { key: string; column: ColumnMetadata }[];
}

/** Per entity and prefix, the raw keys to read: worked out once, not per row. */
const plans = new WeakMap<EntityMetadata, Map<string, Plan>>();

function planFor(meta: EntityMetadata, prefix: string): Plan {
  let byPrefix = plans.get(meta);
  if (!byPrefix) plans.set(meta, (byPrefix = new Map()));
  let plan = byPrefix.get(prefix);
  if (!plan) {
    plan = {
      pkKey: prefix + meta.primaryColumns[0].databaseName,
      columns: meta.columns.filter((c) => !c.isVirtual).map((column) => ({ key: prefix + column.databaseName, column })),
    };
    byPrefix.set(prefix, plan);
  }
  return plan;
}

/**
 * Builds an entity from one raw row whose columns are named `<prefix><column>`, exactly as
 * TypeORM's own transformer would (driver value conversions, embedded objects), without the
 * per-row alias and join bookkeeping that transformer does: paged lists read thousands of rows per
 * request, and that bookkeeping was a measurable share of their CPU. Returns undefined when the
 * row has no primary key (a LEFT JOIN that matched nothing).
 */
export function hydrateRow<T>(ds: DataSource, meta: EntityMetadata, raw: Record<string, unknown>, prefix: string): T | undefined {
  const plan = planFor(meta, prefix);
  if (raw[plan.pkKey] == null) return undefined;
  const entity = meta.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
  for (const { key, column } of plan.columns) {
    const value = raw[key];
    if (value !== undefined) column.setEntityValue(entity, ds.driver.prepareHydratedValue(value, column));
  }
  return entity as T;
}
