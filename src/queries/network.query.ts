import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Network } from "../../entities/network.entity";
import type { NetworkFilter } from "../../resolvers/network/network.filter.input";
import { NetworkOrderField, type NetworkOrder } from "../../resolvers/network/network.order.input";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { checkDateArg, checkTextArg } from "./arg-checks";
import { filterRefCondition } from "./natural-key";

/** The `networks` list (chapters included): every filter is an indexed condition or an EXISTS sub-query, never a row-multiplying join. */
export function networksQuery(ds: DataSource, given?: NetworkFilter | null): SelectQueryBuilder<Network> {
  // `filter: null` is as good as no filter.
  const filter: NetworkFilter = given ?? {};
  const qb = ds.getRepository(Network).createQueryBuilder("n");
  const memberAsOf = checkDateArg("filter.memberAsOf", filter.memberAsOf);
  if (memberAsOf && filter.member == null) throw new BadUserInputError("filter.memberAsOf", "needs `filter.member`");
  if (filter.kind) qb.andWhere("n.kind = :kind", { kind: filter.kind });
  if (filter.focus != null) qb.andWhere("UPPER(n.focus) = :focus", { focus: filter.focus.trim().toUpperCase() });
  if (filter.name != null) {
    const name = `%${checkTextArg("filter.name", filter.name).toLowerCase()}%`;
    qb.andWhere(
      "(LOWER(n.name) LIKE :name OR LOWER(COALESCE(n.short_name, '')) LIKE :name OR LOWER(COALESCE(n.acronym, '')) LIKE :name OR LOWER(n.aliases) LIKE :name)",
      { name },
    );
  }
  // A chapter is a network with a parent (Network.parent); the column is indexed.
  if (filter.chapters != null) qb.andWhere(filter.chapters ? "n.parent_id IS NOT NULL" : "n.parent_id IS NULL");
  if (filter.member != null) {
    const member = filterRefCondition("filter.member", filter.member, { State: "nm.state_id", Organisation: "nm.organisation_id" }, "nMember", true);
    qb.andWhere(
      `EXISTS (SELECT 1 FROM network_membership nm WHERE nm.network_id = n.id AND ${member.sql}
        ${memberAsOf ? "AND (nm.start_earliest IS NULL OR nm.start_earliest <= :memberAsOf) AND (nm.end_latest IS NULL OR nm.end_latest >= :memberAsOf)" : ""})`,
      { ...member.params, memberAsOf },
    );
  }
  return qb;
}

export function networkOrder(order?: NetworkOrder): OrderSpec<Network> {
  const direction = order?.direction ?? OrderDirection.ASC;
  switch (order?.field ?? NetworkOrderField.NAME) {
    case NetworkOrderField.LAUNCHED:
      // Unknown launch dates sort after every known one.
      return { name: "LAUNCHED", expression: "COALESCE(n.launched_earliest, '9999-12-31')", value: (n) => n.launchedAt?.earliest ?? "9999-12-31", direction };
    default:
      return { name: "NAME", expression: "n.name", value: (n) => n.name, direction };
  }
}
