import { RegionalGroupMembershipResolver } from "./regional-group-membership.resolver";
import { StateRegionalGroupsResolver } from "./state-regional-groups.resolver";

/** States' UN regional groups. */
export const GEO_RESOLVERS: Function[] = [StateRegionalGroupsResolver, RegionalGroupMembershipResolver];
