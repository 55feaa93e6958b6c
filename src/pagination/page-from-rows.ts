import type { Page } from "./connection.type";
import { encodeCursor } from "./cursor";

/** A row of a page, in the list's order, with the sort value its cursor carries. */
export interface RankedRow<T> {
  node: T;
  value: string | number;
  pk: number;
}

/** What a page was asked for, as far as its edges and page info need to know. */
export interface PageShape {
  /** The ordering's stable name, written into cursors. */
  order: string;
  size: number;
  /** Paging with `last`/`before`: rows arrive in reverse and are flipped. */
  backward: boolean;
  hasAfter: boolean;
  hasBefore: boolean;
}

/**
 * Builds a page from at most `size + 1` rows read in the direction of travel (the extra row only
 * says whether more follow). Root connections (paginate.ts) and nested ones (nested-page.ts) share
 * it, so their cursors and page info cannot drift apart. `totalCount` runs only when selected.
 */
export function pageFromRows<T>(rows: RankedRow<T>[], shape: PageShape, totalCount: () => Promise<number>): Page<T> {
  const hasMore = rows.length > shape.size;
  const pageRows = rows.slice(0, shape.size);
  if (shape.backward) pageRows.reverse();
  const edges = pageRows.map((row) => new LazyEdge(row.node, shape.order, row));
  let total: Promise<number> | undefined;
  return {
    edges,
    nodes: pageRows.map((row) => row.node),
    pageInfo: {
      hasNextPage: shape.backward ? shape.hasBefore : hasMore,
      hasPreviousPage: shape.backward ? hasMore : shape.hasAfter,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    get totalCount() {
      total ??= totalCount();
      return total;
    },
  };
}

/**
 * An edge whose cursor is encoded only when a client reads it: most nested queries ask for nodes
 * and an end cursor, and encoding a cursor per row was a visible share of a large page's cost.
 */
class LazyEdge<T> {
  private encoded?: string;
  constructor(
    readonly node: T,
    private readonly order: string,
    private readonly row: { value: string | number; pk: number },
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor({ order: this.order, value: this.row.value, pk: this.row.pk }));
  }
}
