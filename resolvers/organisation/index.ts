import { Organisation } from "../../entities/organisation.entity";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import { SourcedResolver } from "../source/sourced.resolver";
import { OrganisationResolver } from "./organisation.resolver";
import { OrganisationHierarchyResolver } from "./organisation-hierarchy.resolver";
import { OrganisationHeadquartersResolver } from "./organisation-headquarters.resolver";
import { OrganisationMembersResolver } from "./organisation-members.resolver";
import { OrganisationMembersConnectionResolver } from "./organisation-members-connection.resolver";
import { OrganisationMembershipResolver } from "./organisation-membership.resolver";
import { StateOrganisationsResolver } from "./state-organisations.resolver";
import { OrganisationMembershipsConnectionResolver, StateOrganisationsConnectionResolver } from "./actor-organisation-memberships-connection.resolver";
import { CitationResolver } from "./citation.resolver";

/** Organisations, their memberships (both directions, and from State), and the citation lookup. */
export const ORGANISATION_RESOLVERS: Function[] = [
  OrganisationResolver,
  OrganisationHierarchyResolver,
  OrganisationHeadquartersResolver,
  OrganisationMembersResolver,
  OrganisationMembersConnectionResolver,
  OrganisationMembershipResolver,
  StateOrganisationsResolver,
  StateOrganisationsConnectionResolver,
  OrganisationMembershipsConnectionResolver,
  CitationResolver,
  SourcedResolver(Organisation, "Organisation"),
  SourcedResolver(OrganisationMembership, "OrganisationMembership"),
];
