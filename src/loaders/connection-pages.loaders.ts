import type { SelectQueryBuilder } from "typeorm";
import { Meeting } from "../../entities/meeting.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import { Network } from "../../entities/network.entity";
import { LeadershipTerm } from "../../entities/leadership-term.entity";
import { NetworkMembership } from "../../entities/network-membership.entity";
import { Organisation } from "../../entities/organisation.entity";
import { OrganisationMembership } from "../../entities/organisation-membership.entity";
import { State } from "../../entities/state.entity";
import { TreatyAction } from "../../entities/treaty-action.entity";
import { TreatyProposal } from "../../entities/treaty-proposal.entity";
import type { TreatyActionType } from "../../entities/enums/treaty-action-type.enum";
import { organisationByPk, stateByPk } from "./actor.loaders";
import { whereActiveOn, whereDuringYear } from "./as-of.filter";
import { meetingByPk, type ParticipationArgs } from "./meeting.loaders";
import { networkByPk, whereAnyRole, type LeadershipArgs, type MembershipArgs } from "./network.loaders";
import { partitionedPages, type IncludedRow } from "./partitioned-pages.loaders";
import { treatyProposalByPk } from "./treaty.loaders";

// The paged lists under an object (`…Connection` fields), one definition per list. Filters match
// the plain lists beside them; sort expressions never yield NULL (SQLite and PostgreSQL put NULLs
// at opposite ends, and a keyset comparison with NULL matches nothing), so unknown dates sort as
// the far future: last oldest-first, first newest-first.

/** Orderings of participations: by the meeting's start, or by the source's listing order. */
export const PARTICIPATION_ORDERS = {
  // A join, not a correlated sub-query: the sort key is read once per row, not once per use.
  MEETING_START: { sort: "COALESCE(mo.start_earliest, '9999-12-31')", join: (qb: SelectQueryBuilder<any>) => qb.innerJoin(Meeting, "mo", "mo.id = t.meeting_id") },
  LISTED: "t.position",
};

/** The state or organisation on an edge, for `actor`/`member`: actorByKey reads these loaders' caches. */
const ACTOR_ROWS: IncludedRow[] = [
  { entity: State, column: "state_id", loader: stateByPk },
  { entity: Organisation, column: "organisation_id", loader: organisationByPk },
];
const PARTICIPATION_INCLUDES = { actor: ACTOR_ROWS, meeting: [{ entity: Meeting, column: "meeting_id", loader: meetingByPk }] };

function whereParticipation(qb: SelectQueryBuilder<MeetingParticipation>, args: ParticipationArgs): void {
  // An empty role list asks for nothing; IN () is not valid SQL, so match an impossible role.
  if (args.roles) qb.andWhere("t.role IN (:...roles)", { roles: args.roles.length ? args.roles : ["--"] });
  if (args.status) qb.andWhere("t.status = :status", { status: args.status });
}

/** A state's parts in meetings, a page per state. */
export const participationPagesByState = partitionedPages<MeetingParticipation, ParticipationArgs>(MeetingParticipation, "participationPagesByState", {
  parentColumn: "t.state_id",
  where: whereParticipation,
  orders: PARTICIPATION_ORDERS,
  includes: PARTICIPATION_INCLUDES,
});

/** An organisation's parts in meetings, a page per organisation. */
export const participationPagesByOrganisation = partitionedPages<MeetingParticipation, ParticipationArgs>(MeetingParticipation, "participationPagesByOrganisation", {
  parentColumn: "t.organisation_id",
  where: whereParticipation,
  orders: PARTICIPATION_ORDERS,
  includes: PARTICIPATION_INCLUDES,
});

/** A meeting's participations, a page per meeting. */
export const participationPagesByMeeting = partitionedPages<MeetingParticipation, ParticipationArgs>(MeetingParticipation, "participationPagesByMeeting", {
  parentColumn: "t.meeting_id",
  where: whereParticipation,
  orders: PARTICIPATION_ORDERS,
  includes: PARTICIPATION_INCLUDES,
});

/** Orderings of memberships: by the start of the membership. */
export const MEMBERSHIP_ORDERS = {
  START_DATE: "COALESCE(t.start_earliest, '9999-12-31')",
};

/** A network's memberships, a page per network; optionally as of a day and of one status. */
export const membershipPagesByNetwork = partitionedPages<NetworkMembership, MembershipArgs>(NetworkMembership, "membershipPagesByNetwork", {
  parentColumn: "t.network_id",
  where: (qb, args) => {
    whereActiveOn(qb, args.asOf);
    if (args.status) qb.andWhere("t.status = :status", { status: args.status });
  },
  orders: MEMBERSHIP_ORDERS,
  includes: { member: ACTOR_ROWS },
});

/** A member's network memberships (a state's by `t.state_id`, an organisation's by `t.organisation_id`), a page per member. */
function networkMembershipPagesByMember(name: string, parentColumn: string) {
  return partitionedPages<NetworkMembership, { asOf?: string }>(NetworkMembership, name, {
    parentColumn,
    where: (qb, args) => whereActiveOn(qb, args.asOf),
    orders: MEMBERSHIP_ORDERS,
    includes: { network: [{ entity: Network, column: "network_id", loader: networkByPk }] },
  });
}
export const networkMembershipPagesByState = networkMembershipPagesByMember("networkMembershipPagesByState", "t.state_id");
export const networkMembershipPagesByOrganisation = networkMembershipPagesByMember("networkMembershipPagesByOrganisation", "t.organisation_id");

/** An organisation's members, a page per organisation; optionally as of a day. */
export const memberPagesByOrganisation = partitionedPages<OrganisationMembership, { asOf?: string }>(OrganisationMembership, "memberPagesByOrganisation", {
  parentColumn: "t.parent_organisation_id",
  where: (qb, args) => whereActiveOn(qb, args.asOf),
  orders: MEMBERSHIP_ORDERS,
  includes: { member: ACTOR_ROWS },
});

export interface TreatyActionArgs {
  types?: TreatyActionType[];
  asOf?: string;
}

/**
 * Orderings of treaty actions: by date, then the actor's name, as the plain list sorts. One
 * keyset value holds both: the day has a fixed width, so the text sorts by day first.
 */
export const TREATY_ACTION_ORDERS = {
  DATE: "COALESCE(t.date_earliest, '9999-12-31') || ' ' || COALESCE((SELECT s.name FROM state s WHERE s.id = t.state_id), (SELECT so.name FROM organisation so WHERE so.id = t.organisation_id), '')",
};

/** A treaty's actions, a page per treaty; optionally some types, and only those dated by a day. */
export const actionPagesByTreaty = partitionedPages<TreatyAction, TreatyActionArgs>(TreatyAction, "actionPagesByTreaty", {
  parentColumn: "t.treaty_proposal_id",
  where: (qb, args) => {
    if (args.types) qb.andWhere("t.type IN (:...types)", { types: args.types.length ? args.types : ["--"] });
    if (args.asOf) qb.andWhere("t.date_earliest IS NOT NULL AND t.date_earliest <= :asOf", { asOf: args.asOf });
  },
  orders: TREATY_ACTION_ORDERS,
  includes: { actor: ACTOR_ROWS },
});

/** An actor's treaty actions (a state's by `t.state_id`, an organisation's by `t.organisation_id`), optionally on one treaty (slug). */
function treatyActionPagesByActor(name: string, parentColumn: string) {
  return partitionedPages<TreatyAction, { treaty?: string }>(TreatyAction, name, {
    parentColumn,
    where: (qb, args) => {
      // IN (SELECT …) rather than EXISTS: SQLite plans it as one lookup instead of a probe per row.
      if (args.treaty != null) qb.andWhere("t.treaty_proposal_id IN (SELECT tp.id FROM treaty_proposal tp WHERE tp.slug = :treaty)", { treaty: args.treaty });
    },
    orders: TREATY_ACTION_ORDERS,
    includes: { treatyProposal: [{ entity: TreatyProposal, column: "treaty_proposal_id", loader: treatyProposalByPk }] },
  });
}
export const treatyActionPagesByState = treatyActionPagesByActor("treatyActionPagesByState", "t.state_id");
export const treatyActionPagesByOrganisation = treatyActionPagesByActor("treatyActionPagesByOrganisation", "t.organisation_id");

/** A network's leadership terms, a page per network; narrowed by role, day or calendar year. */
export const leadershipPagesByNetwork = partitionedPages<LeadershipTerm, LeadershipArgs>(LeadershipTerm, "leadershipPagesByNetwork", {
  parentColumn: "t.network_id",
  where: (qb, args) => {
    if (args.role) qb.andWhere("t.role = :role", { role: args.role });
    whereAnyRole(qb, args.roles);
    whereActiveOn(qb, args.asOf);
    whereDuringYear(qb, args.year);
  },
  orders: MEMBERSHIP_ORDERS,
});
