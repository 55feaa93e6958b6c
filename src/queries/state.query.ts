import type { DataSource, SelectQueryBuilder } from "typeorm";
import { State } from "../../entities/state.entity";
import type { StateFilter } from "../../resolvers/state/state.filter.input";
import { StateOrderField, type StateOrder } from "../../resolvers/state/state.order.input";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { checkDateArg, checkTextArg } from "./arg-checks";
import { attendanceCondition } from "./attendance.condition";
import { filterRefCondition, readFilterRef } from "./natural-key";
import { PARTY_ACTIONS, SIGNATORY_ACTIONS } from "./treaty-status";

/** The `states` list: every filter becomes an indexed condition or an EXISTS sub-query, never a join that multiplies rows. */
export function statesQuery(ds: DataSource, given?: StateFilter | null): SelectQueryBuilder<State> {
  // `filter: null` is as good as no filter.
  const filter: StateFilter = given ?? {};
  const qb = ds.getRepository(State).createQueryBuilder("s");
  const asOf = checkDateArg("filter.asOf", filter.asOf);
  if (filter.codes) {
    // Codes and global ids may be mixed; an empty list, or one naming no state, matches nothing.
    const refs = filter.codes.map((c) => readFilterRef("filter.codes", c, ["State"], false));
    const codes = refs.flatMap((r) => (r.by === "key" ? [r.key.toUpperCase()] : []));
    const pks = refs.flatMap((r) => (r.by === "id" ? [r.pk] : []));
    qb.andWhere("(s.alpha2 IN (:...codes) OR s.alpha3 IN (:...codes) OR s.id IN (:...codePks))", { codes: codes.length ? codes : ["--"], codePks: pks.length ? pks : [0] });
  }
  if (filter.name != null) {
    const name = `%${checkTextArg("filter.name", filter.name).toLowerCase()}%`;
    qb.andWhere("(LOWER(s.name) LIKE :name OR LOWER(s.official_name) LIKE :name OR LOWER(s.aliases) LIKE :name)", { name });
  }
  if (filter.unStatus) qb.andWhere("s.un_status = :unStatus", { unStatus: filter.unStatus });
  if (filter.region) qb.andWhere("LOWER(s.region) = :region", { region: filter.region.toLowerCase() });
  if (filter.subregion) qb.andWhere("LOWER(s.subregion) = :subregion", { subregion: filter.subregion.toLowerCase() });
  if (filter.regionalGroup) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM regional_group_membership rgm JOIN regional_group rg ON rg.id = rgm.group_id
        WHERE rgm.state_id = s.id AND rg.key = :group ${asOf ? "AND (rgm.start_earliest IS NULL OR rgm.start_earliest <= :asOf) AND (rgm.end_latest IS NULL OR rgm.end_latest >= :asOf)" : ""})`,
      { group: filter.regionalGroup.toUpperCase(), asOf },
    );
  }
  if (filter.memberOfNetwork) {
    const network = filterRefCondition("filter.memberOfNetwork", filter.memberOfNetwork, { Network: "nm.network_id" }, "sNetwork", false);
    qb.andWhere(
      `EXISTS (SELECT 1 FROM network_membership nm
        WHERE nm.state_id = s.id AND ${network.sql} ${asOf ? "AND (nm.start_earliest IS NULL OR nm.start_earliest <= :asOf) AND (nm.end_latest IS NULL OR nm.end_latest >= :asOf)" : ""})`,
      { ...network.params, asOf },
    );
  }
  if (filter.signedTreaty) {
    const treaty = filterRefCondition("filter.signedTreaty", filter.signedTreaty, { TreatyProposal: "ta.treaty_proposal_id" }, "sSigned", false);
    qb.andWhere(`EXISTS (SELECT 1 FROM treaty_action ta WHERE ta.state_id = s.id AND ${treaty.sql} AND ta.type IN (:...signatoryActions))`, {
      ...treaty.params,
      signatoryActions: SIGNATORY_ACTIONS,
    });
  }
  if (filter.partyToTreaty) {
    const treaty = filterRefCondition("filter.partyToTreaty", filter.partyToTreaty, { TreatyProposal: "ta.treaty_proposal_id" }, "sParty", false);
    const denounced = filterRefCondition("filter.partyToTreaty", filter.partyToTreaty, { TreatyProposal: "td.treaty_proposal_id" }, "sParty", false);
    qb.andWhere(
      `EXISTS (SELECT 1 FROM treaty_action ta WHERE ta.state_id = s.id AND ${treaty.sql} AND ta.type IN (:...partyActions))
       AND NOT EXISTS (SELECT 1 FROM treaty_action td WHERE td.state_id = s.id AND ${denounced.sql} AND td.type = 'DENUNCIATION')`,
      { ...treaty.params, partyActions: PARTY_ACTIONS },
    );
  }
  if (filter.attended != null) {
    const attended = attendanceCondition("filter.attended", filter.attended, "state_id", "s.id", "sAttended");
    qb.andWhere(attended.sql, attended.params);
  }
  return qb;
}

export function stateOrder(order?: StateOrder): OrderSpec<State> {
  const direction = order?.direction ?? OrderDirection.ASC;
  switch (order?.field ?? StateOrderField.NAME) {
    case StateOrderField.ALPHA3:
      return { name: "ALPHA3", expression: "s.alpha3", value: (s) => s.alpha3, direction };
    case StateOrderField.UN_ADMITTED_ON:
      return { name: "UN_ADMITTED_ON", expression: "COALESCE(s.un_admitted_on, '9999-12-31')", value: (s) => s.unAdmittedOn ?? "9999-12-31", direction };
    default:
      return { name: "NAME", expression: "s.name", value: (s) => s.name, direction };
  }
}
