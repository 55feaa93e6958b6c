import { Organisation } from "../../entities/organisation.entity";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { State } from "../../entities/state.entity";
import type { RegionalGroupRole } from "../../entities/enums/regional-group-role.enum";
import { organisationByPk, stateByPk } from "./actor.loaders";
import { whereActiveOn } from "./as-of.filter";
import { MEMBERSHIP_ORDERS } from "./connection-pages.loaders";
import { partitionedPages } from "./partitioned-pages.loaders";

// The paged membership lists not in connection-pages.loaders.ts: an actor's memberships of
// organisations (`State.organisationsConnection`, `Organisation.membershipsConnection`) and a
// regional group's members (`RegionalGroup.membersConnection`).

/**
 * An actor's memberships of organisations (a state's by `t.state_id`, an organisation's own by
 * `t.organisation_id`), a page per actor; optionally as of a day. The organisation joined comes
 * with the page when selected.
 */
function organisationMembershipPagesByMember(name: string, parentColumn: string) {
  return partitionedPages<OrganisationMembership, { asOf?: string }>(OrganisationMembership, name, {
    parentColumn,
    where: (qb, args) => whereActiveOn(qb, args.asOf),
    orders: MEMBERSHIP_ORDERS,
    includes: { organisation: [{ entity: Organisation, column: "parent_organisation_id", loader: organisationByPk }] },
  });
}
export const organisationMembershipPagesByState = organisationMembershipPagesByMember("organisationMembershipPagesByState", "t.state_id");
export const organisationMembershipPagesByOrganisation = organisationMembershipPagesByMember("organisationMembershipPagesByOrganisation", "t.organisation_id");

export interface RegionalGroupMemberArgs {
  asOf?: string;
  /** Sorted, no repeats; every role when absent. */
  roles?: RegionalGroupRole[];
}

/**
 * Orderings of a group's members: by the state's name (read by a correlated sub-query, so sorting
 * by it never multiplies rows; the key breaks ties), or by the start of the place.
 */
export const REGIONAL_GROUP_MEMBER_ORDERS = {
  STATE_NAME: "COALESCE((SELECT s.name FROM state s WHERE s.id = t.state_id), '')",
  START_DATE: MEMBERSHIP_ORDERS.START_DATE,
};

/** A regional group's places, a page per group; optionally some roles and as of a day. The states come with the page when selected. */
export const memberPagesByRegionalGroup = partitionedPages<RegionalGroupMembership, RegionalGroupMemberArgs>(RegionalGroupMembership, "memberPagesByRegionalGroup", {
  parentColumn: "t.group_id",
  where: (qb, args) => {
    // An empty role list asks for nothing; IN () is not valid SQL, so match an impossible role.
    if (args.roles) qb.andWhere("t.role IN (:...roles)", { roles: args.roles.length ? args.roles : ["--"] });
    whereActiveOn(qb, args.asOf);
  },
  orders: REGIONAL_GROUP_MEMBER_ORDERS,
  includes: { state: [{ entity: State, column: "state_id", loader: stateByPk }] },
});
