import DataLoader from "./request-dataloader";
import { Organisation } from "../../entities/organisation.entity";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import { defineLoader } from "./loader-registry";
import { groupedRows } from "./rows.loaders";
import { whereActiveOn } from "./as-of.filter";

/** The arguments a membership list takes; absent `asOf` means every membership, past and present. */
export interface AsOfArgs {
  asOf?: string;
}

/**
 * Organisations by a lower-cased key or acronym, one statement per batch. Acronyms are compared
 * case-insensitively ("gcr2p" finds GCR2P); when two organisations share an acronym the oldest row wins.
 */
function organisationsBy(column: "key" | "acronym", name: string) {
  return defineLoader(name, (ds) =>
    new DataLoader<string, Organisation | null>(async (values) => {
      const rows = await ds
        .getRepository(Organisation)
        .createQueryBuilder("o")
        .where(`LOWER(o.${column}) IN (:...values)`, { values: [...values] })
        .orderBy("o.id", "ASC")
        .getMany();
      return values.map((v) => rows.find((o) => (o[column] ?? "").toLowerCase() === v) ?? null);
    }),
  );
}

export const organisationByKey = organisationsBy("key", "organisationByKey");
export const organisationByAcronym = organisationsBy("acronym", "organisationByAcronym");

/** An organisation's direct sub-bodies (the EEAS under the EU), by name. */
export const organisationsByParent = groupedRows<Organisation>(Organisation, "organisationsByParent", {
  keyPath: "parentId",
  keyOf: (row) => row.parentId,
  orderBy: [["name", "ASC"]],
});

/** Who belongs to an organisation, optionally as of a day, earliest members first. */
export const membershipsByOrganisation = groupedRows<OrganisationMembership, AsOfArgs>(OrganisationMembership, "organisationMembershipsByOrganisation", {
  keyPath: "parentOrganisationId",
  keyOf: (row) => row.parentOrganisationId,
  orderBy: [["startAt.earliest", "ASC"]],
  where: (qb, args) => whereActiveOn(qb, args.asOf),
});

/** The organisations a state belongs to, optionally as of a day. */
export const organisationMembershipsByState = groupedRows<OrganisationMembership, AsOfArgs>(OrganisationMembership, "organisationMembershipsByState", {
  keyPath: "member.stateId",
  keyOf: (row) => row.member.stateId,
  orderBy: [["parentOrganisationId", "ASC"]],
  where: (qb, args) => whereActiveOn(qb, args.asOf),
});

/** The organisations an organisation itself belongs to (the EU in the UfM), optionally as of a day. */
export const organisationMembershipsByMemberOrganisation = groupedRows<OrganisationMembership, AsOfArgs>(OrganisationMembership, "organisationMembershipsByMemberOrganisation", {
  keyPath: "member.organisationId",
  keyOf: (row) => row.member.organisationId,
  orderBy: [["parentOrganisationId", "ASC"]],
  where: (qb, args) => whereActiveOn(qb, args.asOf),
});
