import DataLoader from "./request-dataloader";
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Row } from "../../entities/row.base";
import type { Page } from "../pagination/connection.type";
import { nestedPage, type NestedPageRequest } from "../pagination/nested-page";
import type { RankedRow } from "../pagination/page-from-rows";
import { OrderDirection } from "../pagination/order-direction.enum";
import { defineLoader, type LoaderDefinition } from "./loader-registry";

export interface PartitionedListSpec<E extends ObjectLiteral, F> {
  /** The parent key column on alias `t`, e.g. `t.network_id`. */
  parentColumn: string;
  /** Narrows the rows by the field's filter arguments (alias `t`). */
  where?: (qb: SelectQueryBuilder<E>, filter: F) => void;
  /** Sort expressions by ordering name: non-null SQL over alias `t` (the primary key breaks ties). */
  orders: Record<string, string>;
  /**
   * Rows a selected item field needs (`meeting`, `member`…), joined into the page statement and
   * primed into their by-key loaders, so the next level costs no statement of its own.
   */
  includes?: Record<string, IncludedRow[]>;
}

/** A row joined by its key column on alias `o` (e.g. `o.meeting_id`) and handed to its by-key loader. */
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
const sharedOf = (key: AnyKey) => JSON.stringify([key.filter ?? null, key.page ?? null, key.include ?? null]);
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
        for (const { sample, ids } of byRequest(keys)) {
          const { filter, page } = sample;
          const sort = spec.orders[page.order];
          const asc = page.direction === OrderDirection.ASC;
          // Backward pages read in the opposite direction from the cursor, then are flipped.
          const dir = asc !== page.backward ? "ASC" : "DESC";
          if (page.size === 0) continue;
          const subQuery = (sq: SelectQueryBuilder<any>) => {
            sq.select("t.id", "id")
              .addSelect(spec.parentColumn, "parent")
              .addSelect(sort, "sv")
              .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${spec.parentColumn} ORDER BY ${sort} ${dir}, t.id ${dir})`, "rn")
              .from(entity, "t")
              .where(`${spec.parentColumn} IN (:...parentIds)`, { parentIds: [...ids] });
            spec.where?.(sq as SelectQueryBuilder<E>, filter);
            for (const [cursor, forward] of [[page.after, true], [page.before, false]] as const) {
              if (!cursor) continue;
              const op = forward === asc ? ">" : "<";
              const p = forward ? "after" : "before";
              sq.andWhere(`(${sort} ${op} :${p}Value OR (${sort} = :${p}Value AND t.id ${op} :${p}Pk))`, { [`${p}Value`]: cursor.value, [`${p}Pk`]: cursor.pk });
            }
            return sq;
          };
          const qb = ds
            .getRepository(entity)
            .createQueryBuilder("o")
            .innerJoin(subQuery, "r", "r.id = o.id AND r.rn <= :pageLimit", { pageLimit: page.size + 1 })
            .addSelect("r.parent", "r_parent")
            .addSelect("r.sv", "r_sv")
            .addSelect("r.rn", "r_rn");
          const included = (sample.include ?? []).flatMap((name) => spec.includes?.[name] ?? []);
          included.forEach((inc, i) => qb.leftJoinAndMapOne(`o.__included${i}`, inc.entity, `j${i}`, `j${i}.id = ${inc.column}`));
          const { entities, raw } = await qb.getRawAndEntities();
          for (const row of entities as Record<string, any>[]) {
            included.forEach((inc, i) => {
              const joined = row[`__included${i}`];
              if (joined) loaders.get(inc.loader).prime(joined.pk, joined);
              delete row[`__included${i}`];
            });
          }
          const byPk = new Map(entities.map((row) => [row.pk, row]));
          const rows = raw
            .map((r: Record<string, unknown>) => ({ pk: Number(r.o_id), parent: Number(r.r_parent), rank: Number(r.r_rn), value: r.r_sv as string | number }))
            .sort((a, b) => a.rank - b.rank);
          for (const row of rows) {
            const node = byPk.get(row.pk);
            if (!node) continue;
            const k = keyOf({ ...sample, id: row.parent });
            const list = ranked.get(k) ?? [];
            list.push({ node, value: row.value, pk: row.pk });
            ranked.set(k, list);
          }
        }
        return keys.map((key) => nestedPage(ranked.get(keyOf(key)) ?? [], key.page, () => loaders.get(counts).load({ id: key.id, filter: key.filter })));
      },
      { cacheKeyFn: keyOf },
    ),
  );
}
