import DataLoader from "./request-dataloader";
import type { DataSource } from "typeorm";
import { RegionalGroup } from "../../entities/regional-group.entity";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { defineLoader } from "./loader-registry";
import { groupedRows, rowsByPk } from "./rows.loaders";
import { whereActiveOn } from "./as-of.filter";

export const regionalGroupByPk = rowsByPk(RegionalGroup, "regionalGroupByPk");

/** Groups by upper-case key (AFRICAN, WESTERN_EUROPEAN_AND_OTHERS…), one statement per batch. */
export const regionalGroupByKey = defineLoader("regionalGroupByKey", (ds) =>
  new DataLoader<string, RegionalGroup | null>(async (keys) => {
    const rows = await ds.getRepository(RegionalGroup).createQueryBuilder("g").where("g.key IN (:...keys)", { keys: [...keys] }).getMany();
    return keys.map((key) => rows.find((g) => g.key === key) ?? null);
  }),
);

/** All five groups, by key. There are only five, so the list is not paged. */
export function allRegionalGroups(ds: DataSource): Promise<RegionalGroup[]> {
  return ds.getRepository(RegionalGroup).createQueryBuilder("g").orderBy("g.key", "ASC").getMany();
}

/** A state's regional-group places, optionally as of a day. */
export const regionalGroupMembershipsByState = groupedRows<RegionalGroupMembership, { asOf?: string }>(RegionalGroupMembership, "regionalGroupMembershipsByState", {
  keyPath: "stateId",
  keyOf: (row) => row.stateId,
  where: (qb, args) => whereActiveOn(qb, args.asOf),
});

/**
 * A group's members, optionally as of a day, sorted by state id for a stable order. Roles are
 * filtered by the caller from this one list, so `members(roles:)` and `memberCount` share a statement.
 */
export const regionalGroupMembershipsByGroup = groupedRows<RegionalGroupMembership, { asOf?: string }>(RegionalGroupMembership, "regionalGroupMembershipsByGroup", {
  keyPath: "groupId",
  keyOf: (row) => row.groupId,
  orderBy: [["stateId", "ASC"]],
  where: (qb, args) => whereActiveOn(qb, args.asOf),
});
