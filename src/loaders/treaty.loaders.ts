import DataLoader from "./request-dataloader";
import type { SelectQueryBuilder } from "typeorm";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import { TreatyAction } from "../../entities/treaty-action.entity";
import { TreatyProponent } from "../../entities/treaty-proponent.entity";
import { TreatyMilestone } from "../../entities/treaty-milestone.entity";
import { TreatyCrime } from "../../entities/treaty-crime.entity";
import { TreatyDeclaration } from "../../entities/treaty-declaration.entity";
import type { CrimeScope } from "../../entities/enums/crime-scope.enum";
import { defineLoader } from "./loader-registry";
import { groupedRows, rowsByPk } from "./rows.loaders";

export const treatyProposalByPk = rowsByPk(TreatyProposal, "treatyProposalByPk");
export const treatyActionByPk = rowsByPk(TreatyAction, "treatyActionByPk");


/** Treaty proposals by slug (exact, as published), one statement per batch. */
export const treatyProposalBySlug = defineLoader("treatyProposalBySlug", (ds) =>
  new DataLoader<string, TreatyProposal | null>(async (slugs) => {
    const rows = await ds.getRepository(TreatyProposal).createQueryBuilder("t").where("t.slug IN (:...slugs)", { slugs: [...slugs] }).getMany();
    return slugs.map((slug) => rows.find((row) => row.slug === slug) ?? null);
  }),
);

/** Proponents in join order. */
export const proponentsByTreaty = groupedRows(TreatyProponent, "proponentsByTreaty", {
  keyPath: "treatyProposalId",
  keyOf: (row) => row.treatyProposalId,
  orderBy: [["position", "ASC"]],
});

/** Milestones by start; the current stage and the adoption date are derived from this same batch. */
export const milestonesByTreaty = groupedRows(TreatyMilestone, "milestonesByTreaty", {
  keyPath: "treatyProposalId",
  keyOf: (row) => row.treatyProposalId,
  orderBy: [["startAt.earliest", "ASC"]],
});

export const crimesByTreaty = groupedRows<TreatyCrime, { scope?: CrimeScope }>(TreatyCrime, "crimesByTreaty", {
  keyPath: "treatyProposalId",
  keyOf: (row) => row.treatyProposalId,
  where: (qb, args) => {
    if (args.scope) qb.andWhere("t.scope = :scope", { scope: args.scope });
  },
});

/** The actor's name, read by correlated sub-queries so ordering by it never multiplies rows. */
const ACTOR_NAME_SQL = "COALESCE((SELECT s.name FROM state s WHERE s.id = t.state_id), (SELECT o.name FROM organisation o WHERE o.id = t.organisation_id))";

/**
 * Every action on a treaty, by date and then actor name. One unfiltered batch serves `actions`,
 * `signatories`, `parties` and both counts, whatever their arguments: the filters run in memory on
 * lists that stay small (one row per state and step), so asking for several views costs nothing more.
 */
export const actionsByTreaty = defineLoader("actionsByTreaty", (ds) =>
  new DataLoader<number, TreatyAction[]>(async (pks) => {
    const rows = await ds
      .getRepository(TreatyAction)
      .createQueryBuilder("t")
      .where("t.treaty_proposal_id IN (:...pks)", { pks: [...pks] })
      .orderBy("t.date_earliest", "ASC")
      .addOrderBy(ACTOR_NAME_SQL, "ASC")
      .addOrderBy("t.id", "ASC")
      .getMany();
    return pks.map((pk) => rows.filter((row) => row.treatyProposalId === pk));
  }),
);

function byTreatySlug(slug: string | undefined) {
  return (qb: SelectQueryBuilder<TreatyAction>) => {
    if (slug != null) qb.andWhere("EXISTS (SELECT 1 FROM treaty_proposal tp WHERE tp.id = t.treaty_proposal_id AND tp.slug = :treaty)", { treaty: slug });
  };
}

/** A state's treaty actions, optionally for one treaty (slug), by date. */
export const treatyActionsByState = groupedRows<TreatyAction, { treaty?: string }>(TreatyAction, "treatyActionsByState", {
  keyPath: "actor.stateId",
  keyOf: (row) => row.actor.stateId,
  orderBy: [["dateAt.earliest", "ASC"]],
  where: (qb, args) => byTreatySlug(args.treaty)(qb),
});

/** An organisation's treaty actions, optionally for one treaty (slug), by date. */
export const treatyActionsByOrganisation = groupedRows<TreatyAction, { treaty?: string }>(TreatyAction, "treatyActionsByOrganisation", {
  keyPath: "actor.organisationId",
  keyOf: (row) => row.actor.organisationId,
  orderBy: [["dateAt.earliest", "ASC"]],
  where: (qb, args) => byTreatySlug(args.treaty)(qb),
});

export const declarationsByAction = groupedRows(TreatyDeclaration, "declarationsByAction", {
  keyPath: "actionId",
  keyOf: (row) => row.actionId,
});
