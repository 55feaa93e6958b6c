import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Document } from "../../entities/document.entity";
import type { DocumentFilter } from "../../resolvers/document/document.filter.input";
import { DocumentOrderField, type DocumentOrder } from "../../resolvers/document/document.order.input";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { fromGlobalId } from "../global-id";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { checkDateArg, checkTextArg } from "./arg-checks";
import { filterRefCondition, readFilterRef, refCondition } from "./natural-key";

/** The columns naming an actor on a row aliased `alias` (a document, or one of its actor rows). */
function actorColumns(alias: string) {
  return { State: `${alias}.state_id`, Organisation: `${alias}.organisation_id` };
}

/** LIKE wildcards in user text match literally. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The `documents` list: every filter is an indexed condition or an EXISTS sub-query, never a join that multiplies rows. */
export function documentsQuery(ds: DataSource, given?: DocumentFilter | null): SelectQueryBuilder<Document> {
  // `filter: null` is as good as no filter.
  const filter: DocumentFilter = given ?? {};
  const qb = ds.getRepository(Document).createQueryBuilder("d");
  const from = checkDateArg("filter.from", filter.from);
  const to = checkDateArg("filter.to", filter.to);
  if (from && to && from > to) throw new BadUserInputError("filter.to", `must not be before filter.from (${from})`);
  if (filter.kinds) qb.andWhere(filter.kinds.length ? "d.kind IN (:...kinds)" : "1 = 0", { kinds: filter.kinds });
  // A partial date matches a range when any day it can mean falls inside it.
  if (from) qb.andWhere("d.date_latest >= :from", { from });
  if (to) qb.andWhere("d.date_earliest <= :to", { to });
  if (filter.author != null) {
    const ref = readFilterRef("filter.author", filter.author, ["State", "Organisation"], true);
    const main = refCondition(ref, actorColumns("d"), "dAuthor");
    const other = refCondition(ref, actorColumns("da"), "daAuthor");
    qb.andWhere(
      `(${main.sql} OR EXISTS (SELECT 1 FROM document_actor da
        WHERE da.document_id = d.id AND da.role = 'AUTHOR' AND ${other.sql}))`,
      { ...main.params, ...other.params },
    );
  }
  if (filter.signatory != null) {
    const s = filterRefCondition("filter.signatory", filter.signatory, actorColumns("ds"), "dsSignatory", true);
    qb.andWhere(`EXISTS (SELECT 1 FROM document_actor ds WHERE ds.document_id = d.id AND ds.role = 'SIGNATORY' AND ${s.sql})`, s.params);
  }
  if (filter.meeting != null) {
    const m = fromGlobalId(filter.meeting);
    if (!m || m.type !== "Meeting") throw new BadUserInputError("filter.meeting", "must be the id of a Meeting");
    qb.andWhere("d.meeting_id = :meetingPk", { meetingPk: m.id });
  }
  if (filter.network != null) {
    const network = filterRefCondition("filter.network", filter.network, { Network: "d.on_behalf_of_network_id" }, "dNetwork", false);
    qb.andWhere(network.sql, network.params);
  }
  if (filter.unSymbol != null) {
    // Symbols are stored as a JSON array; a quoted element matches exactly, not as a prefix.
    const symbol = JSON.stringify(checkTextArg("filter.unSymbol", filter.unSymbol).toLowerCase());
    qb.andWhere("LOWER(d.un_symbols) LIKE :unSymbol ESCAPE '\\'", { unSymbol: `%${escapeLike(symbol)}%` });
  }
  if (filter.hasText != null) qb.andWhere(filter.hasText ? "d.text IS NOT NULL" : "d.text IS NULL");
  return qb;
}

export function documentOrder(order?: DocumentOrder): OrderSpec<Document> {
  const direction = order?.direction ?? OrderDirection.ASC;
  switch (order?.field ?? DocumentOrderField.DATE) {
    case DocumentOrderField.TITLE:
      return { name: "TITLE", expression: "d.title", value: (d) => d.title, direction };
    default:
      // Undated documents sort as 9999-12-31: last, oldest first.
      return { name: "DATE", expression: "COALESCE(d.date_earliest, '9999-12-31')", value: (d) => d.dateAt?.earliest ?? "9999-12-31", direction };
  }
}
