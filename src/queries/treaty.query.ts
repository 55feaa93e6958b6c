import type { DataSource, SelectQueryBuilder } from "typeorm";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyStage } from "../../entities/enums/treaty-stage.enum";
import type { TreatyProposalFilter } from "../../resolvers/treaty/treaty-proposal.filter.input";
import { TreatyProposalOrderField, type TreatyProposalOrder } from "../../resolvers/treaty/treaty-proposal.order.input";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { checkTextArg } from "./arg-checks";
import { filterRefCondition, type SqlCondition } from "./natural-key";
import { PARTY_ACTIONS, SIGNATORY_ACTIONS } from "./treaty-status";

/** Today as YYYY-MM-DD (UTC): the day `currentStage` is judged on, in SQL and in memory alike. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The condition "this row's actor is the one the filter names" (a global id or a natural key) on a row aliased `alias`. */
function actorCondition(argumentName: string, value: string, alias: string): SqlCondition {
  return filterRefCondition(argumentName, value, { State: `${alias}.state_id`, Organisation: `${alias}.organisation_id` }, `${alias}Actor`, true);
}

/** The stage of the latest milestone begun by `today`, as a scalar sub-query (mirrors `currentStage`). */
const CURRENT_STAGE_SQL = `(SELECT m.stage FROM treaty_milestone m
  WHERE m.treaty_proposal_id = tp.id AND m.start_earliest <= :today
  ORDER BY m.start_earliest DESC, m.id DESC LIMIT 1)`;

/** The `treatyProposals` list: every filter is an EXISTS or scalar sub-query, never a join that multiplies rows. */
export function treatyProposalsQuery(ds: DataSource, given?: TreatyProposalFilter | null): SelectQueryBuilder<TreatyProposal> {
  // `filter: null` is as good as no filter.
  const filter: TreatyProposalFilter = given ?? {};
  const qb = ds.getRepository(TreatyProposal).createQueryBuilder("tp");
  if (filter.stage) qb.andWhere(`${CURRENT_STAGE_SQL} = :stage`, { today: todayIso(), stage: filter.stage });
  if (filter.name != null) {
    const name = `%${checkTextArg("filter.name", filter.name).toLowerCase()}%`;
    qb.andWhere("(LOWER(tp.name) LIKE :name OR LOWER(tp.short_name) LIKE :name OR LOWER(tp.aliases) LIKE :name)", { name });
  }
  if (filter.proponent != null) {
    const c = actorCondition("filter.proponent", filter.proponent, "p");
    qb.andWhere(`EXISTS (SELECT 1 FROM treaty_proponent p WHERE p.treaty_proposal_id = tp.id AND ${c.sql})`, c.params);
  }
  if (filter.signatory != null) {
    const c = actorCondition("filter.signatory", filter.signatory, "sa");
    qb.andWhere(`EXISTS (SELECT 1 FROM treaty_action sa WHERE sa.treaty_proposal_id = tp.id AND ${c.sql} AND sa.type IN (:...signatoryActions))`, {
      ...c.params,
      signatoryActions: SIGNATORY_ACTIONS,
    });
  }
  if (filter.party != null) {
    const c = actorCondition("filter.party", filter.party, "pa");
    // Same rule as `parties`: a consent not followed (on or after its day) by a denunciation of the same actor.
    qb.andWhere(
      `EXISTS (SELECT 1 FROM treaty_action pa WHERE pa.treaty_proposal_id = tp.id AND ${c.sql} AND pa.type IN (:...partyActions)
        AND NOT EXISTS (SELECT 1 FROM treaty_action da WHERE da.treaty_proposal_id = tp.id
          AND (da.state_id = pa.state_id OR da.organisation_id = pa.organisation_id)
          AND da.type = 'DENUNCIATION' AND da.date_earliest >= pa.date_earliest))`,
      { ...c.params, partyActions: PARTY_ACTIONS },
    );
  }
  return qb;
}

/** The adoption day of every treaty that has one; read once per request when sorting by ADOPTED, for the cursors. */
export async function adoptionDays(ds: DataSource): Promise<Map<number, string>> {
  const rows: { id: number; adopted: string }[] = await ds.query(
    `SELECT treaty_proposal_id AS id, MIN(start_earliest) AS adopted FROM treaty_milestone WHERE stage = '${TreatyStage.ADOPTED}' AND start_earliest IS NOT NULL GROUP BY treaty_proposal_id`,
  );
  return new Map(rows.map((r) => [Number(r.id), r.adopted]));
}

const NOT_ADOPTED = "9999-12-31";

export async function treatyProposalOrder(ds: DataSource, order?: TreatyProposalOrder): Promise<OrderSpec<TreatyProposal>> {
  const direction = order?.direction ?? OrderDirection.ASC;
  if (order?.field === TreatyProposalOrderField.ADOPTED) {
    const days = await adoptionDays(ds);
    return {
      name: "ADOPTED",
      expression: `COALESCE((SELECT MIN(am.start_earliest) FROM treaty_milestone am WHERE am.treaty_proposal_id = tp.id AND am.stage = '${TreatyStage.ADOPTED}'), '${NOT_ADOPTED}')`,
      value: (tp) => days.get(tp.pk) ?? NOT_ADOPTED,
      direction,
    };
  }
  return { name: "NAME", expression: "tp.name", value: (tp) => tp.name, direction };
}
