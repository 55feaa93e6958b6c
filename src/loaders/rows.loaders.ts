import DataLoader from "./request-dataloader";
import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { Row } from "../../entities/row.base";
import { defineLoader, type LoaderDefinition } from "./loader-registry";

/** Rows by primary key: one `WHERE id IN (…)` per batch; a missing row is null, not an error. */
export function rowsByPk<E extends Row & ObjectLiteral>(entity: EntityTarget<E>, name: string): LoaderDefinition<number, E | null> {
  const definition: LoaderDefinition<number, E | null> = defineLoader(name, (ds, loaders) =>
    new DataLoader<number, E | null>(async (pks) => {
      const rows = await ds.getRepository(entity).createQueryBuilder("t").where("t.id IN (:...pks)", { pks: [...pks] }).getMany();
      for (const row of rows) loaders.remember(definition, row.pk, row);
      const byPk = new Map(rows.map((row) => [row.pk, row]));
      return pks.map((pk) => byPk.get(pk) ?? null);
    }),
  );
  return definition;
}

/**
 * Rows by a unique text column (a stable key such as `Meeting.key`), matched exactly: one
 * `WHERE column IN (…)` per batch; a value that matches nothing is null.
 */
export function rowsByUniqueColumn<E extends Row & ObjectLiteral>(entity: EntityTarget<E>, column: keyof E & string, name: string): LoaderDefinition<string, E | null> {
  return defineLoader(name, (ds) =>
    new DataLoader<string, E | null>(async (values) => {
      const rows = await ds.getRepository(entity).createQueryBuilder("t").where(`t.${column} IN (:...values)`, { values: [...values] }).getMany();
      const byValue = new Map(rows.map((row) => [row[column] as string, row]));
      return values.map((value) => byValue.get(value) ?? null);
    }),
  );
}

export interface GroupedRowsOptions<E extends ObjectLiteral, A> {
  /** The property path of the parent key, e.g. `networkId` or `member.stateId`. */
  keyPath: string;
  keyOf: (row: E) => number | null;
  /** Property paths to sort each group by; the primary key always breaks ties. */
  orderBy?: [string, "ASC" | "DESC"][];
  /** Narrows the rows by the field's arguments (asOf, role…); keys with equal arguments share a statement. */
  where?: (qb: SelectQueryBuilder<E>, args: A) => void;
}

export interface GroupKey<A> {
  id: number;
  args: A;
}

/**
 * Child rows grouped by parent key: one statement per batch and per distinct argument set, however
 * many parents the page holds. This is what keeps a query's statement count tied to its depth.
 */
export function groupedRows<E extends Row & ObjectLiteral, A = undefined>(
  entity: EntityTarget<E>,
  name: string,
  options: GroupedRowsOptions<E, A>,
): LoaderDefinition<GroupKey<A>, E[], string> {
  return defineLoader(name, (ds) =>
    new DataLoader<GroupKey<A>, E[], string>(
      async (keys) => {
        const byArgs = new Map<string, { args: A; ids: Set<number> }>();
        for (const key of keys) {
          const argKey = JSON.stringify(key.args ?? null);
          const group = byArgs.get(argKey) ?? { args: key.args, ids: new Set<number>() };
          group.ids.add(key.id);
          byArgs.set(argKey, group);
        }
        const results = new Map<string, E[]>();
        for (const [argKey, { args, ids }] of byArgs) {
          const qb = ds.getRepository(entity).createQueryBuilder("t").where(`t.${options.keyPath} IN (:...ids)`, { ids: [...ids] });
          options.where?.(qb, args);
          for (const [path, dir] of options.orderBy ?? []) qb.addOrderBy(`t.${path}`, dir);
          qb.addOrderBy("t.id", "ASC");
          for (const row of await qb.getMany()) {
            const k = `${options.keyOf(row)}|${argKey}`;
            const list = results.get(k) ?? [];
            list.push(row);
            results.set(k, list);
          }
        }
        return keys.map((key) => results.get(`${key.id}|${JSON.stringify(key.args ?? null)}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.id}|${JSON.stringify(key.args ?? null)}` },
    ),
  );
}
