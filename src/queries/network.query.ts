import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Network } from "../../entities/network.entity";
import type { NetworkFilter } from "../../resolvers/network/network.filter.input";
import { NetworkOrderField, type NetworkOrder } from "../../resolvers/network/network.order.input";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { fromGlobalId } from "../global-id";
import { checkDateArg, checkTextArg } from "./arg-checks";

/** The member column a global id points at: states and organisations have their own key column. */
function memberColumn(globalId: string): { column: "state_id" | "organisation_id"; pk: number } {
  const parsed = fromGlobalId(globalId);
  if (parsed?.type === "State") return { column: "state_id", pk: parsed.id };
  if (parsed?.type === "Organisation") return { column: "organisation_id", pk: parsed.id };
  throw new BadUserInputError("filter.member", "must be the global id of a State or an Organisation");
}

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
  if (filter.member != null) {
    const { column, pk } = memberColumn(filter.member);
    qb.andWhere(
      `EXISTS (SELECT 1 FROM network_membership nm WHERE nm.network_id = n.id AND nm.${column} = :memberPk
        ${memberAsOf ? "AND (nm.start_earliest IS NULL OR nm.start_earliest <= :memberAsOf) AND (nm.end_latest IS NULL OR nm.end_latest >= :memberAsOf)" : ""})`,
      { memberPk: pk, memberAsOf },
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
