import DataLoader from "./request-dataloader";
import type { SelectQueryBuilder } from "typeorm";
import { Network } from "../../entities/network.entity";
import { NetworkFounder } from "../../entities/network-founder.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import { LeadershipHolder } from "../../entities/leadership-holder.entity";
import type { LeadershipRole } from "../../entities/enums/leadership-role.enum";
import type { MembershipStatus } from "../../entities/enums/membership-status.enum";
import { defineLoader } from "./loader-registry";
import { groupedRows, rowsByPk } from "./rows.loaders";
import { whereActiveOn, whereDuringYear } from "./as-of.filter";

export const networkByPk = rowsByPk(Network, "networkByPk");



/** Networks by slug (slugs are stored lower-case), one statement per batch. */
export const networkBySlug = defineLoader("networkBySlug", (ds) =>
  new DataLoader<string, Network | null>(async (slugs) => {
    const rows = await ds.getRepository(Network).createQueryBuilder("t").where("t.slug IN (:...slugs)", { slugs: [...slugs] }).getMany();
    return slugs.map((slug) => rows.find((n) => n.slug === slug) ?? null);
  }),
);

/**
 * Sorts periods by their start; an unknown start sorts last in both SQLite and PostgreSQL (which
 * otherwise disagree on where NULLs go).
 */
function byStart<E extends object>(qb: SelectQueryBuilder<E>): void {
  qb.addOrderBy("COALESCE(t.start_earliest, '9999-12-31')", "ASC");
}

/** A network's chapters (the Group of Friends' New York and Geneva chapters), by name. */
export const chaptersByNetwork = groupedRows<Network>(Network, "chaptersByNetwork", {
  keyPath: "parentId",
  keyOf: (row) => row.parentId,
  orderBy: [["name", "ASC"]],
});

/** The founders of a network, in the sources' order. */
export const foundersByNetwork = groupedRows<NetworkFounder>(NetworkFounder, "foundersByNetwork", {
  keyPath: "networkId",
  keyOf: (row) => row.networkId,
});

export interface MembershipArgs {
  asOf?: string;
  status?: MembershipStatus;
}

/** A network's memberships, by start date then id; optionally as of a day and of one status. */
export const membershipsByNetwork = groupedRows<NetworkMembership, MembershipArgs>(NetworkMembership, "membershipsByNetwork", {
  keyPath: "networkId",
  keyOf: (row) => row.networkId,
  where: (qb, args) => {
    whereActiveOn(qb, args.asOf);
    if (args.status) qb.andWhere("t.status = :status", { status: args.status });
    byStart(qb);
  },
});

/** A state's network memberships, by start date then id, optionally as of a day. */
export const networkMembershipsByState = groupedRows<NetworkMembership, { asOf?: string }>(NetworkMembership, "networkMembershipsByState", {
  keyPath: "member.stateId",
  keyOf: (row) => row.member.stateId,
  where: (qb, args) => {
    whereActiveOn(qb, args.asOf);
    byStart(qb);
  },
});

/** An organisation's network memberships, by start date then id, optionally as of a day. */
export const networkMembershipsByOrganisation = groupedRows<NetworkMembership, { asOf?: string }>(NetworkMembership, "networkMembershipsByOrganisation", {
  keyPath: "member.organisationId",
  keyOf: (row) => row.member.organisationId,
  where: (qb, args) => {
    whereActiveOn(qb, args.asOf);
    byStart(qb);
  },
});

/** `roles`: an empty list asks for nothing; IN () is not valid SQL, so it matches an impossible role. */
export function whereAnyRole(qb: SelectQueryBuilder<any>, roles: LeadershipRole[] | undefined): void {
  if (roles) qb.andWhere("t.role IN (:...leadershipRoles)", { leadershipRoles: roles.length ? roles : ["--"] });
}

export interface LeadershipArgs {
  role?: LeadershipRole;
  /** Any of these roles (sorted and deduplicated by the caller, so equal lists share a batch); an empty list matches nothing. */
  roles?: LeadershipRole[];
  asOf?: string;
  year?: number;
}

/** A network's leadership terms, by start date then id; narrowed by role, day or calendar year. */
export const leadershipByNetwork = groupedRows<LeadershipTerm, LeadershipArgs>(LeadershipTerm, "leadershipByNetwork", {
  keyPath: "networkId",
  keyOf: (row) => row.networkId,
  where: (qb, args) => {
    if (args.role) qb.andWhere("t.role = :role", { role: args.role });
    whereAnyRole(qb, args.roles);
    whereActiveOn(qb, args.asOf);
    whereDuringYear(qb, args.year);
    byStart(qb);
  },
});

/** The holders of a leadership term, in the sources' order. */
export const holdersByTerm = groupedRows<LeadershipHolder>(LeadershipHolder, "holdersByTerm", {
  keyPath: "termId",
  keyOf: (row) => row.termId,
  orderBy: [["position", "ASC"]],
});
