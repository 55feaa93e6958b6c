import DataLoader from "./request-dataloader";
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Row } from "../../entities/row.base";
import type { Page } from "../pagination/connection.type";
import { nestedPage, type NestedPageRequest } from "../pagination/nested-page";
import type { RankedRow } from "../pagination/page-from-rows";
import { defineLoader, type LoaderDefinition } from "./loader-registry";
import { hydrateRow } from "./hydrate-row";
import { pageStatement } from "./page-statement";

export interface PartitionedListSpec<E extends ObjectLiteral, F> {
  /** The parent key column on alias `t`, e.g. `t.network_id`. */
  parentColumn: string;
  /** Narrows the rows by the field's filter arguments (alias `t`). */
  where?: (qb: SelectQueryBuilder<E>, filter: F) => void;
  /**
   * Sort expressions by ordering name: non-null SQL over alias `t` (the primary key breaks ties),
   * or a sort over a joined table with the join that brings it.
   */
  orders: Record<string, string | JoinedOrder>;
  /**
   * Rows a selected item field needs (`meeting`, `member`…), joined into the page statement and
   * primed into their by-key loaders, so the next level costs no statement of its own.
   */
  includes?: Record<string, IncludedRow[]>;
}

/** A sort expression over a table joined to the list's rows (a participation's meeting date). */
export interface JoinedOrder {
  sort: string;
  join: (qb: SelectQueryBuilder<any>) => void;
}

const orderOf = (order: string | JoinedOrder): JoinedOrder | { sort: string; join?: undefined } => (typeof order === "string" ? { sort: order } : order);

/** A row joined by a key column of the list's table (`meeting_id`) and handed to its by-key loader. */
export interface IncludedRow {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- what TypeORM's join accepts
  entity: Function;
  column: string;
  loader: LoaderDefinition<number, any>;
}

export interface PartitionedKey<F> {
  id: number;
  filter: F;
  page: NestedPageRequest;
  /** Names of `includes` the client selected (sorted). */
  include?: string[];
}

type AnyKey = { id: number; filter: unknown; page?: unknown; include?: unknown };
/** A key's arguments as text, worked out once per key object (DataLoader and the batch ask several times). */
const sharedText = new WeakMap<AnyKey, string>();
function sharedOf(key: AnyKey): string {
  let text = sharedText.get(key);
  if (text === undefined) sharedText.set(key, (text = JSON.stringify([key.filter ?? null, key.page ?? null, key.include ?? null])));
  return text;
}
const keyOf = (key: AnyKey) => `${key.id}|${sharedOf(key)}`;

/** Groups keys that share everything but the parent: each group is one statement. */
function byRequest<K extends AnyKey>(keys: readonly K[]) {
  const groups = new Map<string, { sample: K; ids: Set<number> }>();
  for (const key of keys) {
    const shared = sharedOf(key);
    const group = groups.get(shared) ?? { sample: key, ids: new Set<number>() };
    group.ids.add(key.id);
    groups.set(shared, group);
  }
  return groups.values();
}

/**
 * Pages of child rows for every parent of a level in ONE statement: the filtered rows are ranked
 * per parent by `ROW_NUMBER() OVER (PARTITION BY parent ORDER BY sort, id)` (SQLite >= 3.25 and
 * PostgreSQL), the keyset cursor narrows them before ranking, and only the first `size + 1` ranks
 * of each parent are read back. The sort value comes back with each row for its cursor, so an
 * ordering may sort by another table's column. `totalCount` is one grouped COUNT for the whole
 * level, run only when a client selects it.
 */
export function partitionedPages<E extends Row & ObjectLiteral, F>(
  entity: EntityTarget<E>,
  name: string,
  spec: PartitionedListSpec<E, F>,
): LoaderDefinition<PartitionedKey<F>, Page<E>, string> {
  const counts = defineLoader(`${name}.totalCount`, (ds) =>
    new DataLoader<{ id: number; filter: F }, number, string>(
      async (keys) => {
        const found = new Map<string, number>();
        for (const { sample, ids } of byRequest(keys)) {
          const qb = ds.getRepository(entity).createQueryBuilder("t").select(spec.parentColumn, "parent").addSelect("COUNT(*)", "n");
          qb.where(`${spec.parentColumn} IN (:...ids)`, { ids: [...ids] });
          spec.where?.(qb, sample.filter);
          const rows: { parent: number | string; n: number | string }[] = await qb.groupBy(spec.parentColumn).getRawMany();
          for (const row of rows) found.set(keyOf({ id: Number(row.parent), filter: sample.filter }), Number(row.n));
        }
        return keys.map((key) => found.get(keyOf(key)) ?? 0);
      },
      { cacheKeyFn: keyOf },
    ),
  );

  return defineLoader(name, (ds, loaders) =>
    new DataLoader<PartitionedKey<F>, Page<E>, string>(
      async (keys) => {
        const ranked = new Map<string, RankedRow<E>[]>();
        const meta = ds.getMetadata(entity);
        for (const { sample, ids } of byRequest(keys)) {
          const { filter, page } = sample;
          if (page.size === 0) continue;
          const shared = sharedOf(sample);
          const included = (sample.include ?? []).flatMap((name) => spec.includes?.[name] ?? []).map((row) => ({ row, meta: ds.getMetadata(row.entity) }));
          const statement = { entity, meta, parentColumn: spec.parentColumn, where: spec.where, order: orderOf(spec.orders[page.order]), included };
          const qb = pageStatement<F>(ds, statement, [...ids], filter, page);
          const raw: Record<string, unknown>[] = await qb.getRawMany();
          raw.sort((a, b) => Number(a.k_rank) - Number(b.k_rank));
          for (const row of raw) {
            const node = hydrateRow<E>(ds, meta, row, "c_")!;
            included.forEach((inc, i) => {
              // The same state or meeting comes back on many rows: build it once per request.
              const pk = row[`j${i}_id`];
              if (pk == null || loaders.peek(inc.row.loader, Number(pk)) !== undefined) return;
              const joined = hydrateRow<{ pk: number }>(ds, inc.meta, row, `j${i}_`);
              if (joined) loaders.prime(inc.row.loader, joined.pk, joined);
            });
            const k = `${Number(row.k_parent)}|${shared}`;
            const list = ranked.get(k) ?? [];
            list.push({ node, value: row.k_sort as string | number, pk: node.pk });
            ranked.set(k, list);
          }
        }
        return keys.map((key) => nestedPage(ranked.get(keyOf(key)) ?? [], key.page, () => loaders.get(counts).load({ id: key.id, filter: key.filter })));
      },
      { cacheKeyFn: keyOf },
    ),
  );
}
