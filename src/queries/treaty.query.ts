import type { DataSource, SelectQueryBuilder } from "typeorm";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyStage } from "../../entities/enums/treaty-stage.enum";
import type { TreatyProposalFilter } from "../../resolvers/treaty/treaty-proposal.filter.input";
import { TreatyProposalOrderField, type TreatyProposalOrder } from "../../resolvers/treaty/treaty-proposal.order.input";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { fromGlobalId } from "../global-id";
import { checkTextArg } from "./arg-checks";
import { PARTY_ACTIONS, SIGNATORY_ACTIONS } from "./treaty-status";

/** Today as YYYY-MM-DD (UTC): the day `currentStage` is judged on, in SQL and in memory alike. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The SQL condition that picks the actor of a filter out of a State or Organisation global id. */
function actorCondition(argumentName: string, id: string, alias: string, param: string): { sql: string; value: number } {
  const parsed = fromGlobalId(id);
  if (!parsed || (parsed.type !== "State" && parsed.type !== "Organisation")) {
    throw new BadUserInputError(argumentName, "must be the id of a State or an Organisation");
  }
  const column = parsed.type === "State" ? "state_id" : "organisation_id";
  return { sql: `${alias}.${column} = :${param}`, value: parsed.id };
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
    const c = actorCondition("filter.proponent", filter.proponent, "p", "proponent");
    qb.andWhere(`EXISTS (SELECT 1 FROM treaty_proponent p WHERE p.treaty_proposal_id = tp.id AND ${c.sql})`, { proponent: c.value });
  }
  if (filter.signatory != null) {
    const c = actorCondition("filter.signatory", filter.signatory, "sa", "signatory");
    qb.andWhere(`EXISTS (SELECT 1 FROM treaty_action sa WHERE sa.treaty_proposal_id = tp.id AND ${c.sql} AND sa.type IN (:...signatoryActions))`, {
      signatory: c.value,
      signatoryActions: SIGNATORY_ACTIONS,
    });
  }
  if (filter.party != null) {
    const c = actorCondition("filter.party", filter.party, "pa", "party");
    const d = actorCondition("filter.party", filter.party, "da", "party");
    // Same rule as `parties`: a consent not followed (on or after its day) by a denunciation.
    qb.andWhere(
      `EXISTS (SELECT 1 FROM treaty_action pa WHERE pa.treaty_proposal_id = tp.id AND ${c.sql} AND pa.type IN (:...partyActions)
        AND NOT EXISTS (SELECT 1 FROM treaty_action da WHERE da.treaty_proposal_id = tp.id AND ${d.sql}
          AND da.type = 'DENUNCIATION' AND da.date_earliest >= pa.date_earliest))`,
      { party: c.value, partyActions: PARTY_ACTIONS },
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
