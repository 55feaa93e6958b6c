import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { decodeCursor, type CursorPayload } from "./cursor";
import { pageFromRows } from "./page-from-rows";
import type { ConnectionArgs } from "./connection-args";
import { OrderDirection } from "./order-direction.enum";
import type { Page } from "./connection.type";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** One way to sort a connection: an SQL expression over the query's alias and the same value read from a row. */
export interface OrderSpec<T> {
  /** Stable name written into cursors. */
  name: string;
  /** A non-null SQL expression, e.g. `s.name`. */
  expression: string;
  value: (row: T) => string | number;
  direction: OrderDirection;
}

function checkSize(name: "first" | "last", value: number | null | undefined): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0) throw new BadUserInputError(name, "must be a non-negative integer");
  if (value > MAX_PAGE_SIZE) throw new BadUserInputError(name, `must be at most ${MAX_PAGE_SIZE}`);
}

/** Page sizes and their combination, checked the same way for root and nested connections. */
export function checkPageArgs(args: ConnectionArgs): void {
  checkSize("first", args.first);
  checkSize("last", args.last);
  if (args.first != null && args.last != null) throw new BadUserInputError("last", "cannot be combined with `first`; page forward with first/after or backward with last/before");
}

/** The `after`/`before` cursor, or null when absent; a cursor this ordering did not issue is a client error naming the argument. */
export function readCursor(args: ConnectionArgs, argName: "after" | "before", orderName: string): CursorPayload | null {
  const raw = args[argName];
  if (raw == null) return null;
  const cursor = decodeCursor(raw);
  if (!cursor) throw new BadUserInputError(argName, "is not a cursor returned by this connection");
  if (cursor.order !== orderName) throw new BadUserInputError(argName, `was issued for ordering ${cursor.order}, not ${orderName}`);
  return cursor;
}

/**
 * Keyset pagination over a filtered query: `(sort value, pk)` comparisons, so pages stay stable
 * while rows are added and the database never counts skipped rows. One statement for the page;
 * a second only if the client selects `totalCount`.
 */
export async function paginate<T extends ObjectLiteral & { pk: number }>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  order: OrderSpec<T>,
): Promise<Page<T>> {
  checkPageArgs(args);
  const alias = qb.alias;
  const countQuery = qb.clone();
  const asc = order.direction === OrderDirection.ASC;

  for (const [argName, forward] of [["after", true], ["before", false]] as const) {
    const cursor = readCursor(args, argName, order.name);
    if (!cursor) continue;
    const op = forward === asc ? ">" : "<";
    const v = `${argName}Value`;
    const p = `${argName}Pk`;
    qb.andWhere(`(${order.expression} ${op} :${v} OR (${order.expression} = :${v} AND ${alias}.id ${op} :${p}))`, {
      [v]: cursor.value,
      [p]: cursor.pk,
    });
  }

  const backward = args.last != null;
  const size = backward ? (args.last as number) : (args.first ?? DEFAULT_PAGE_SIZE);
  const dir = (asc !== backward ? "ASC" : "DESC") as "ASC" | "DESC";
  qb.orderBy(order.expression, dir).addOrderBy(`${alias}.id`, dir).take(undefined).limit(size + 1);

  const rows = size === 0 ? [] : await qb.getMany();
  const shape = { order: order.name, size, backward, hasAfter: args.after != null, hasBefore: args.before != null };
  return pageFromRows(rows.map((node) => ({ node, value: order.value(node), pk: node.pk })), shape, () => countQuery.getCount());
}
