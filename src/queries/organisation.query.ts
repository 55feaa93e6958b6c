import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Organisation } from "../../entities/organisation.entity";
import type { OrganisationFilter } from "../../resolvers/organisation/organisation.filter.input";
import { OrganisationOrderField, type OrganisationOrder } from "../../resolvers/organisation/organisation.order.input";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { checkDateArg, checkTextArg } from "./arg-checks";
import { attendanceCondition } from "./attendance.condition";
import { filterRefCondition } from "./natural-key";

/** The `organisations` list: each filter is an indexed condition or an EXISTS sub-query, so rows never multiply. */
export function organisationsQuery(ds: DataSource, given?: OrganisationFilter | null): SelectQueryBuilder<Organisation> {
  // `filter: null` is as good as no filter.
  const filter: OrganisationFilter = given ?? {};
  const qb = ds.getRepository(Organisation).createQueryBuilder("o");
  const memberAsOf = checkDateArg("filter.memberAsOf", filter.memberAsOf);
  if (memberAsOf && filter.memberState == null) {
    throw new BadUserInputError("filter.memberAsOf", "is the day `filter.memberState` is evaluated on; give `filter.memberState` too");
  }
  if (filter.kinds) {
    // An empty list matches nothing, as an empty IN would.
    qb.andWhere("o.kind IN (:...kinds)", { kinds: filter.kinds.length ? filter.kinds : ["--"] });
  }
  if (filter.name != null) {
    const name = `%${checkTextArg("filter.name", filter.name).toLowerCase()}%`;
    qb.andWhere("(LOWER(o.name) LIKE :name OR LOWER(o.acronym) LIKE :name OR LOWER(o.aliases) LIKE :name)", { name });
  }
  if (filter.memberState != null) {
    // Blank or oversized text stays refused, as before codes took ids too.
    checkTextArg("filter.memberState", filter.memberState);
    const state = filterRefCondition("filter.memberState", filter.memberState, { State: "om.state_id" }, "oMemberState", false);
    qb.andWhere(
      `EXISTS (SELECT 1 FROM organisation_membership om WHERE om.parent_organisation_id = o.id AND ${state.sql}
        ${memberAsOf ? "AND (om.start_earliest IS NULL OR om.start_earliest <= :memberAsOf) AND (om.end_latest IS NULL OR om.end_latest >= :memberAsOf)" : ""})`,
      { ...state.params, memberAsOf },
    );
  }
  if (filter.parent != null) {
    const parent = filterRefCondition("filter.parent", filter.parent, { Organisation: "o.parent_id" }, "oParent", false);
    qb.andWhere(parent.sql, parent.params);
  }
  if (filter.attended != null) {
    const attended = attendanceCondition("filter.attended", filter.attended, "organisation_id", "o.id", "oAttended");
    qb.andWhere(attended.sql, attended.params);
  }
  return qb;
}

export function organisationOrder(order?: OrganisationOrder): OrderSpec<Organisation> {
  const direction = order?.direction ?? OrderDirection.ASC;
  switch (order?.field ?? OrganisationOrderField.NAME) {
    case OrganisationOrderField.ACRONYM:
      // Organisations without an acronym sort by their name among the acronyms.
      return { name: "ACRONYM", expression: "COALESCE(o.acronym, o.name)", value: (o) => o.acronym ?? o.name, direction };
    default:
      return { name: "NAME", expression: "o.name", value: (o) => o.name, direction };
  }
}
