import { Network } from "../../entities/network.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import { SourcedResolver } from "../source/sourced.resolver";
import { NetworkResolver } from "./network.resolver";
import { NetworkStructureResolver } from "./network-structure.resolver";
import { NetworkMembersResolver } from "./network-members.resolver";
import { NetworkMembershipsConnectionResolver } from "./network-memberships-connection.resolver";
import { OrganisationNetworkMembershipsConnectionResolver, StateNetworkMembershipsConnectionResolver } from "./member-network-memberships-connection.resolver";
import { NetworkLeadershipResolver } from "./network-leadership.resolver";
import { NetworkLeadershipConnectionResolver } from "./network-leadership-connection.resolver";
import { NetworkFounderResolver } from "./network-founder.resolver";
import { NetworkMembershipResolver } from "./network-membership.resolver";
import { LeadershipTermResolver } from "./leadership-term.resolver";
import { LeadershipHolderResolver } from "./leadership-holder.resolver";
import { StateNetworkMembershipsResolver } from "./state-network-memberships.resolver";
import { OrganisationNetworkMembershipsResolver } from "./organisation-network-memberships.resolver";
import { NetworkMembershipContactResolver } from "./network-membership-contact.resolver";
import { registerNodeType } from "../../src/node-types";
import { leadershipTermByPk, networkMembershipByPk } from "../../src/loaders/focal-point-contact.loaders";

// Partners update, publish and retract these by id (issue 10), so `node(id)` finds them.
registerNodeType("NetworkMembership", networkMembershipByPk);
registerNodeType("LeadershipTerm", leadershipTermByPk);

/** The network resolvers: networks, their memberships and leadership, and the provenance of each. */
export const NETWORK_RESOLVERS: Function[] = [
  NetworkResolver,
  NetworkStructureResolver,
  NetworkMembersResolver,
  NetworkMembershipsConnectionResolver,
  StateNetworkMembershipsConnectionResolver,
  OrganisationNetworkMembershipsConnectionResolver,
  NetworkLeadershipResolver,
  NetworkLeadershipConnectionResolver,
  NetworkFounderResolver,
  NetworkMembershipResolver,
  LeadershipTermResolver,
  LeadershipHolderResolver,
  StateNetworkMembershipsResolver,
  OrganisationNetworkMembershipsResolver,
  NetworkMembershipContactResolver,
  // Subject type names match what the seed loader writes: the GraphQL type names.
  SourcedResolver(Network, "Network", { observations: true }),
  SourcedResolver(NetworkMembership, "NetworkMembership"),
  SourcedResolver(LeadershipTerm, "LeadershipTerm"),
];
