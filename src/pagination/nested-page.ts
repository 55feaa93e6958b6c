import { BadUserInputError } from "../errors/bad-user-input.error";
import type { ConnectionArgs } from "./connection-args";
import type { Page } from "./connection.type";
import type { CursorPayload } from "./cursor";
import { pageFromRows, type RankedRow } from "./page-from-rows";
import { OrderDirection } from "./order-direction.enum";
import { checkPageArgs, DEFAULT_PAGE_SIZE, readCursor } from "./paginate";

/**
 * One page asked of a list under an object (`Network.membershipsConnection`…), checked and
 * normalised in the resolver so a bad argument is a client error before any SQL runs. Equal
 * requests (the usual case: one field in a query, many parents) share one statement.
 */
export interface NestedPageRequest {
  /** The ordering's stable name, written into cursors. */
  order: string;
  direction: OrderDirection;
  size: number;
  backward: boolean;
  after: CursorPayload | null;
  before: CursorPayload | null;
}

/**
 * `numeric` says the ordering sorts by a number (a position): a forged cursor carrying text there
 * would make PostgreSQL fail on the comparison, so it is refused here as a client error.
 */
export function nestedPageRequest(args: ConnectionArgs, order: string, direction: OrderDirection, numeric = false): NestedPageRequest {
  checkPageArgs(args);
  const backward = args.last != null;
  const cursor = (argName: "after" | "before") => {
    const payload = readCursor(args, argName, order);
    if (payload && typeof payload.value !== (numeric ? "number" : "string")) throw new BadUserInputError(argName, "is not a cursor returned by this connection");
    return payload;
  };
  return {
    order,
    direction,
    size: backward ? (args.last as number) : (args.first ?? DEFAULT_PAGE_SIZE),
    backward,
    after: cursor("after"),
    before: cursor("before"),
  };
}

/**
 * One parent's page from at most `size + 1` rows read in the direction of travel, with the same
 * edges and page info as root connections.
 */
export function nestedPage<T>(rows: RankedRow<T>[], request: NestedPageRequest, totalCount: () => Promise<number>): Page<T> {
  const shape = { order: request.order, size: request.size, backward: request.backward, hasAfter: request.after != null, hasBefore: request.before != null };
  return pageFromRows(rows, shape, totalCount);
}
