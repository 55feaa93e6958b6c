import { NetworkMembership } from "../../entities/network-membership.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const NetworkMembershipConnection = ConnectionType(NetworkMembership, "NetworkMembership", "network memberships");
