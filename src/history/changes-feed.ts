import type { DataSource } from "typeorm";
import { Change } from "../../entities/change.entity";
import { ENTITIES } from "../../entities";
import type { Viewer } from "../auth/viewer";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { checkPageArgs, DEFAULT_PAGE_SIZE } from "../pagination/paginate";
import { decodeCursor } from "../pagination/cursor";
import { pageFromRows } from "../pagination/page-from-rows";
import type { Page } from "../pagination/connection.type";
import { restrictToVisibleChanges } from "./change-visibility";
import { CHANGE_COLUMNS, changeFromRaw } from "./change-row";

/** The ordering name written into feed cursors. */
export const FEED_ORDER = "changes";

/** Subject types a change can have: every table's entity name (the GraphQL type name of node types). */
export const RECORDED_TYPES = new Set(ENTITIES.map((e) => e.name).filter((name) => name !== "Change"));

export interface FeedArgs {
  since?: string | null;
  types?: string[] | null;
  first?: number | null;
}

/**
 * One page of the changes feed: changes after the `since` cursor, oldest first (by id, the order
 * they were recorded), optionally only of some subject types. `pageInfo.endCursor` is the cursor to
 * send next time; on an empty page it is `since` itself, so a poller always has one to keep.
 * Arguments are checked before any SQL runs. One statement (a second only for `totalCount`).
 */
export async function changesFeed(ds: DataSource, viewer: Viewer, args: FeedArgs): Promise<Page<Change>> {
  checkPageArgs({ first: args.first });
  let sincePk = 0;
  if (args.since != null) {
    const cursor = decodeCursor(args.since);
    if (!cursor || cursor.order !== FEED_ORDER || cursor.value !== cursor.pk) throw new BadUserInputError("since", "is not a cursor returned by `changes`");
    sincePk = cursor.pk;
  }
  const unknown = (args.types ?? []).filter((t) => !RECORDED_TYPES.has(t));
  if (unknown.length) throw new BadUserInputError("types", `unknown type ${JSON.stringify(unknown[0])}; expected type names such as ${["Meeting", "State", "Document"].join(", ")}`);
  if (args.types && args.types.length > RECORDED_TYPES.size) throw new BadUserInputError("types", `lists more than ${RECORDED_TYPES.size} names`);

  const size = args.first ?? DEFAULT_PAGE_SIZE;
  const filtered = () => {
    const qb = ds.createQueryBuilder().from(Change, "t").where("t.id > :sincePk", { sincePk });
    if (args.types) qb.andWhere(args.types.length ? "t.subject_type IN (:...types)" : "1 = 0", { types: args.types });
    restrictToVisibleChanges(qb, "t", viewer);
    return qb;
  };
  const raw: Record<string, unknown>[] = size === 0 ? [] : await filtered().select(CHANGE_COLUMNS.map((c) => `t.${c} AS ${c}`)).orderBy("t.id", "ASC").limit(size + 1).getRawMany();
  const rows = raw.map((r) => changeFromRaw(r)).map((node) => ({ node, value: node.pk, pk: node.pk }));
  const page = pageFromRows(rows, { order: FEED_ORDER, size, backward: false, hasAfter: args.since != null, hasBefore: false }, async () => {
    const [{ n }] = await filtered().select("COUNT(*)", "n").getRawMany();
    return Number(n);
  });
  const info = page.pageInfo;
  const since = args.since ?? null;
  return {
    edges: page.edges,
    nodes: page.nodes,
    pageInfo: {
      hasNextPage: info.hasNextPage,
      hasPreviousPage: info.hasPreviousPage,
      get startCursor() {
        return info.startCursor;
      },
      get endCursor() {
        return info.endCursor ?? since;
      },
    },
    get totalCount() {
      return page.totalCount;
    },
  };
}
