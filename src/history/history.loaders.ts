import DataLoader from "../loaders/request-dataloader";
import type { SelectQueryBuilder } from "typeorm";
import { Change } from "../../entities/change.entity";
import { Partner } from "../../entities/partner.entity";
import { defineLoader } from "../loaders/loader-registry";
import type { Page } from "../pagination/connection.type";
import { nestedPage, type NestedPageRequest } from "../pagination/nested-page";
import type { RankedRow } from "../pagination/page-from-rows";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { Viewer } from "../auth/viewer";
import { restrictToVisibleChanges } from "./change-visibility";
import { CHANGE_COLUMNS, changeFromRaw } from "./change-row";

/** One object's history page: its type and key, the page asked for, and who asks. */
export interface HistoryKey {
  type: string;
  id: number;
  page: NestedPageRequest;
  viewer: Viewer;
}

const pageText = new WeakMap<object, string>();
const sharedOf = (key: HistoryKey) => {
  let text = pageText.get(key);
  if (text === undefined) pageText.set(key, (text = JSON.stringify(key.page)));
  return text;
};
const keyOf = (key: { type: string; id: number }) => `${key.type}:${key.id}`;

/** `(subject_type = … AND subject_id IN (…)) OR …` for the parents of a level, grouped by type. */
function whereSubjects(qb: SelectQueryBuilder<any>, keys: readonly { type: string; id: number }[]): void {
  const byType = new Map<string, Set<number>>();
  for (const k of keys) byType.set(k.type, (byType.get(k.type) ?? new Set()).add(k.id));
  const parts = [...byType].map(([type, ids], i) => {
    qb.setParameter(`st${i}`, type).setParameter(`si${i}`, [...ids]);
    return `(t.subject_type = :st${i} AND t.subject_id IN (:...si${i}))`;
  });
  qb.andWhere(`(${parts.join(" OR ")})`);
}

/** How many visible changes each object has, in one grouped COUNT per level (only when `totalCount` is selected). */
const historyCounts = defineLoader("history.totalCount", (ds) =>
  new DataLoader<{ type: string; id: number; viewer: Viewer }, number, string>(
    async (keys) => {
      const qb = ds.createQueryBuilder().from(Change, "t").select("t.subject_type", "st").addSelect("t.subject_id", "si").addSelect("COUNT(*)", "n");
      whereSubjects(qb, keys);
      restrictToVisibleChanges(qb, "t", keys[0].viewer);
      const rows: { st: string; si: number | string; n: number | string }[] = await qb.groupBy("t.subject_type").addGroupBy("t.subject_id").getRawMany();
      const found = new Map(rows.map((r) => [`${r.st}:${Number(r.si)}`, Number(r.n)]));
      return keys.map((k) => found.get(keyOf(k)) ?? 0);
    },
    { cacheKeyFn: keyOf },
  ),
);

/**
 * `history` pages for every object of a level in ONE statement per distinct page request: the
 * changes ranked per object by `ROW_NUMBER() OVER (PARTITION BY subject_type, subject_id ORDER BY
 * id DESC)` (newest first; the index on (subject_type, subject_id, id) serves it), the keyset
 * cursor applied before ranking, and only `size + 1` ranks per object read back.
 */
export const historyPages = defineLoader("history.pages", (ds, loaders) =>
  new DataLoader<HistoryKey, Page<Change>, string>(
    async (keys) => {
      const ranked = new Map<string, RankedRow<Change>[]>();
      const groups = new Map<string, HistoryKey[]>();
      for (const key of keys) groups.set(sharedOf(key), [...(groups.get(sharedOf(key)) ?? []), key]);
      for (const [shared, group] of groups) {
        const { page } = group[0];
        if (page.size === 0) continue;
        const asc = page.direction === OrderDirection.ASC;
        const dir = asc !== page.backward ? "ASC" : "DESC";
        const inner = (sq: SelectQueryBuilder<any>) => {
          sq.select(CHANGE_COLUMNS.map((c) => `t.${c} AS c_${c}`))
            .addSelect(`ROW_NUMBER() OVER (PARTITION BY t.subject_type, t.subject_id ORDER BY t.id ${dir})`, "k_rank")
            .from(Change, "t");
          whereSubjects(sq, group);
          restrictToVisibleChanges(sq, "t", group[0].viewer);
          for (const [cursor, forward] of [[page.after, true], [page.before, false]] as const) {
            if (!cursor) continue;
            sq.andWhere(`t.id ${forward === asc ? ">" : "<"} :${forward ? "after" : "before"}Pk`, { [`${forward ? "after" : "before"}Pk`]: cursor.pk });
          }
          return sq;
        };
        const raw: Record<string, unknown>[] = await ds.createQueryBuilder().select("r.*").from(inner, "r").where("r.k_rank <= :pageLimit", { pageLimit: page.size + 1 }).getRawMany();
        raw.sort((a, b) => Number(a.k_rank) - Number(b.k_rank));
        for (const row of raw) {
          const change = changeFromRaw(row, "c_");
          const k = `${keyOf({ type: change.subjectType, id: change.subjectId })}|${shared}`;
          ranked.set(k, [...(ranked.get(k) ?? []), { node: change, value: change.pk, pk: change.pk }]);
        }
      }
      return keys.map((key) => nestedPage(ranked.get(`${keyOf(key)}|${sharedOf(key)}`) ?? [], key.page, () => loaders.get(historyCounts).load(key)));
    },
    { cacheKeyFn: (key) => `${keyOf(key)}|${sharedOf(key)}` },
  ),
);

/** Partner names by key, for `Change.actor.partner` (one statement per level). */
export const partnerNames = defineLoader("history.partnerNames", (ds) =>
  new DataLoader<number, string | null>(async (ids) => {
    const rows: { id: number | string; name: string }[] = await ds.createQueryBuilder().from(Partner, "p").select("p.id", "id").addSelect("p.name", "name").where("p.id IN (:...ids)", { ids: [...ids] }).getRawMany();
    const names = new Map(rows.map((r) => [Number(r.id), r.name]));
    return ids.map((id) => names.get(id) ?? null);
  }),
);
