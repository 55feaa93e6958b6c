import { RegionalGroupMembership } from "../../entities/regional-group-membership.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const RegionalGroupMembershipConnection = ConnectionType(RegionalGroupMembership, "RegionalGroupMembership", "places in a regional group");
