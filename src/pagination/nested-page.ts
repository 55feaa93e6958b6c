import { BadUserInputError } from "../errors/bad-user-input.error";
import type { ConnectionArgs } from "./connection-args";
import type { Page } from "./connection.type";
import { encodeCursor, type CursorPayload } from "./cursor";
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

/** A row of one parent's page, in the list's order, with the sort value its cursor carries. */
export interface RankedRow<T> {
  node: T;
  value: string | number;
  pk: number;
}

/**
 * Builds one parent's page from at most `size + 1` rows read in the direction of travel (the
 * extra row only says whether more follow), with the same page info as root connections.
 */
export function nestedPage<T>(rows: RankedRow<T>[], request: NestedPageRequest, totalCount: () => Promise<number>): Page<T> {
  const hasMore = rows.length > request.size;
  const pageRows = rows.slice(0, request.size);
  if (request.backward) pageRows.reverse();
  const edges = pageRows.map((row) => ({ node: row.node, cursor: encodeCursor({ order: request.order, value: row.value, pk: row.pk }) }));
  let total: Promise<number> | undefined;
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: request.backward ? request.before != null : hasMore,
      hasPreviousPage: request.backward ? hasMore : request.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // Only a client that selects totalCount pays for its (batched) COUNT.
    get totalCount() {
      total ??= totalCount();
      return total;
    },
  };
}
