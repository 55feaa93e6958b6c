import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import { ConnectionType } from "../../src/pagination/connection.type";

export const OrganisationMembershipConnection = ConnectionType(OrganisationMembership, "OrganisationMembership", "organisation memberships");
