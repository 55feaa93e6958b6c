import type { Page } from "./connection.type";
import type { CursorPayload } from "./cursor";
import { nestedPage, type NestedPageRequest } from "./nested-page";
import type { RankedRow } from "./page-from-rows";
import { OrderDirection } from "./order-direction.enum";

/**
 * A page of a list that is derived in memory (a treaty's signatories and parties come from its
 * actions, which one batched statement already loaded), with the same cursors, page info and
 * totalCount as the lists paged in SQL: it only picks the rows a keyset statement would have read
 * and hands them to the same page builder. `rows` come in the list's ascending order, each with
 * the sort value its cursor carries and a key that is unique in the list.
 *
 * The list's order may break ties by something the cursor does not carry (a treaty's signatories
 * sort by date, then by the actor's name), so a cursor is found by its key first; only when its row
 * has left the list (the data changed between pages) does the page resume by the sort value alone,
 * after every row with the cursor's value.
 */
export function pageOfList<T>(rows: RankedRow<T>[], request: NestedPageRequest): Page<T> {
  const asc = request.direction === OrderDirection.ASC;
  const ordered = asc ? rows : [...rows].reverse();
  const start = request.after ? edgeAt(ordered, request.after, asc, "after") : 0;
  const end = request.before ? edgeAt(ordered, request.before, asc, "before") : ordered.length;
  const window = ordered.slice(start, Math.max(start, end));
  // At most `size + 1` rows in the direction of travel, as the statements read them; none for a size of 0.
  let travel: RankedRow<T>[] = [];
  if (request.size > 0) travel = request.backward ? window.slice(Math.max(0, window.length - request.size - 1)).reverse() : window.slice(0, request.size + 1);
  return nestedPage(travel, request, () => Promise.resolve(rows.length));
}

/** Where a window bounded by the cursor starts (`after`: just past it) or ends (`before`: just before it), in `ordered`. */
function edgeAt<T>(ordered: RankedRow<T>[], cursor: CursorPayload, asc: boolean, side: "after" | "before"): number {
  const at = ordered.findIndex((row) => row.pk === cursor.pk);
  if (at >= 0) return side === "after" ? at + 1 : at;
  const beyond = (row: RankedRow<T>) => (asc ? row.value > cursor.value : row.value < cursor.value);
  const from = side === "after" ? ordered.findIndex(beyond) : ordered.findIndex((row) => row.value === cursor.value || beyond(row));
  return from < 0 ? ordered.length : from;
}
