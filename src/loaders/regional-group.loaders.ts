import { RegionalGroup } from "../../entities/regional-group.entity";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { groupedRows, rowsByPk } from "./rows.loaders";
import { whereActiveOn } from "./as-of.filter";

export const regionalGroupByPk = rowsByPk(RegionalGroup, "regionalGroupByPk");

/** A state's regional-group places, optionally as of a day. */
export const regionalGroupMembershipsByState = groupedRows<RegionalGroupMembership, { asOf?: string }>(RegionalGroupMembership, "regionalGroupMembershipsByState", {
  keyPath: "stateId",
  keyOf: (row) => row.stateId,
  where: (qb, args) => whereActiveOn(qb, args.asOf),
});

/** A group's members, optionally as of a day, sorted by state id for a stable order. */
export const regionalGroupMembershipsByGroup = groupedRows<RegionalGroupMembership, { asOf?: string }>(RegionalGroupMembership, "regionalGroupMembershipsByGroup", {
  keyPath: "groupId",
  keyOf: (row) => row.groupId,
  orderBy: [["stateId", "ASC"]],
  where: (qb, args) => whereActiveOn(qb, args.asOf),
});
