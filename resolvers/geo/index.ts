import { RegionalGroup } from "../../entities/regional-group.entity";
import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { SourcedResolver } from "../source/sourced.resolver";
import { RegionalGroupMembershipResolver } from "./regional-group-membership.resolver";
import { StateRegionalGroupsResolver } from "./state-regional-groups.resolver";
import { RegionalGroupResolver } from "./regional-group.resolver";
import { RegionalGroupMembersResolver } from "./regional-group-members.resolver";
import { RegionalGroupMembersConnectionResolver } from "./regional-group-members-connection.resolver";

/** UN regional groups: the root lookups, their members, and states' places in them. */
export const GEO_RESOLVERS: Function[] = [
  StateRegionalGroupsResolver,
  RegionalGroupMembershipResolver,
  RegionalGroupResolver,
  RegionalGroupMembersResolver,
  RegionalGroupMembersConnectionResolver,
  SourcedResolver(RegionalGroup, "RegionalGroup"),
  SourcedResolver(RegionalGroupMembership, "RegionalGroupMembership"),
];
