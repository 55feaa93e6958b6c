import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { NestedPageRequest } from "../pagination/nested-page";
import { columnSelections } from "./hydrate-row";
import type { IncludedRow, JoinedOrder } from "./partitioned-pages.loaders";

/** What one page statement needs: the list's table, its parent column and filter, the order. */
export interface PageStatementSpec<F> {
  entity: EntityTarget<ObjectLiteral>;
  meta: EntityMetadata;
  parentColumn: string;
  where?: (qb: SelectQueryBuilder<any>, filter: F) => void;
  order: { sort: string; join?: JoinedOrder["join"] };
  included: { row: IncludedRow; meta: EntityMetadata }[];
}

/**
 * The statement for one page per parent: rows ranked per parent by
 * `ROW_NUMBER() OVER (PARTITION BY parent ORDER BY sort, id)`, the keyset cursor applied before
 * ranking, and only ranks up to `size + 1` read back, with the rows that `included` joins.
 * Columns come back as `c_<column>` (the list's rows), `j<i>_<column>` (included rows) and
 * `k_parent`, `k_sort`, `k_rank`.
 *
 * The two databases want the columns in different places. PostgreSQL gets them inside the
 * ranking, so the table is read once: a join back by id was planned as a hash join over the whole
 * table, its estimate blind to the rank limit. SQLite ranks only keys and joins back the few rows
 * kept by primary key: it carries every column of every candidate row through its sorter, which
 * for a state's hundreds of meetings cost more than the lookups.
 */
export function pageStatement<F>(ds: DataSource, spec: PageStatementSpec<F>, ids: number[], filter: F, page: NestedPageRequest): SelectQueryBuilder<ObjectLiteral> {
  const wide = ds.options.type === "postgres";
  const { sort } = spec.order;
  const asc = page.direction === OrderDirection.ASC;
  // Backward pages read in the opposite direction from the cursor, then are flipped.
  const dir = asc !== page.backward ? "ASC" : "DESC";
  const ranking = (sq: SelectQueryBuilder<any>) => {
    if (wide) sq.select(columnSelections(spec.meta, "t", "c_"));
    else sq.select("t.id", "k_id");
    sq.addSelect(spec.parentColumn, "k_parent")
      .addSelect(sort, "k_sort")
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${spec.parentColumn} ORDER BY ${sort} ${dir}, t.id ${dir})`, "k_rank")
      .from(spec.entity, "t");
    spec.order.join?.(sq);
    sq.andWhere(`${spec.parentColumn} IN (:...parentIds)`, { parentIds: ids });
    spec.where?.(sq, filter);
    for (const [cursor, forward] of [[page.after, true], [page.before, false]] as const) {
      if (!cursor) continue;
      const op = forward === asc ? ">" : "<";
      const p = forward ? "after" : "before";
      sq.andWhere(`(${sort} ${op} :${p}Value OR (${sort} = :${p}Value AND t.id ${op} :${p}Pk))`, { [`${p}Value`]: cursor.value, [`${p}Pk`]: cursor.pk });
    }
    return sq;
  };
  const qb = ds.createQueryBuilder().from(ranking, "r").where("r.k_rank <= :pageLimit", { pageLimit: page.size + 1 });
  if (wide) qb.select("r.*");
  else qb.innerJoin(spec.meta.target, "o", "o.id = r.k_id").select(columnSelections(spec.meta, "o", "c_")).addSelect(["r.k_parent AS k_parent", "r.k_sort AS k_sort", "r.k_rank AS k_rank"]);
  spec.included.forEach(({ row, meta }, i) => {
    const { column } = row;
    qb.leftJoin(row.entity, `j${i}`, `j${i}.id = ${wide ? `r.c_${column}` : `o.${column}`}`);
    qb.addSelect(columnSelections(meta, `j${i}`, `j${i}_`));
  });
  return qb;
}
