import { expect } from "vitest";
import type { TestHub } from "./test-server";

/**
 * Walks one parent's connection to the end with `size`-item pages, forwards (`first`/`after`) or
 * backwards (`last`/`before`), following the page info; returns the items in list order. The query
 * takes `$first`, `$last`, `$after` and `$before`.
 */
export async function walkConnection(
  hub: TestHub,
  query: string,
  vars: Record<string, unknown>,
  connectionOf: (data: any) => any,
  itemOf: (node: any) => string,
  backward: boolean,
  size: number,
): Promise<string[]> {
  const items: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 200; i += 1) {
    const res = await hub.gql(query, { ...vars, ...(backward ? { last: size, before: cursor } : { first: size, after: cursor }) });
    expect(res.errors).toBeUndefined();
    const conn = connectionOf(res.data);
    const page = conn.edges.map((e: any) => itemOf(e.node));
    expect(page.length).toBeLessThanOrEqual(size);
    if (backward) items.unshift(...page);
    else items.push(...page);
    const more = backward ? conn.pageInfo.hasPreviousPage : conn.pageInfo.hasNextPage;
    if (!more) return items;
    expect(page.length).toBe(size);
    cursor = backward ? conn.pageInfo.startCursor : conn.pageInfo.endCursor;
  }
  throw new Error("the walk did not reach the end of the list");
}
