import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Meeting } from "../../entities/meeting.entity";
import { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { MeetingStatus } from "../../entities/enums/meeting-status.enum";
import type { MeetingFilter } from "../../resolvers/meeting/meeting.filter.input";
import { MeetingOrderField, type MeetingOrder } from "../../resolvers/meeting/meeting.order.input";
import { OrderDirection } from "../pagination/order-direction.enum";
import type { OrderSpec } from "../pagination/paginate";
import { BadUserInputError } from "../errors/bad-user-input.error";
import { fromGlobalId } from "../global-id";
import { checkDateArg, checkTextArg } from "./arg-checks";
import { filterRefCondition } from "./natural-key";

const HOST_ROLES = [ParticipationRole.HOST, ParticipationRole.CO_HOST];

/**
 * A global id used as a filter value. A string that is not a global id is a client error; a
 * well-formed id of another type is treated like an unknown id (it matches nothing), mirroring the
 * null that root lookups return.
 */
function idArg(argumentName: string, value: string, types: string[]): { type: string; pk: number } | null {
  const parsed = fromGlobalId(value);
  if (!parsed) throw new BadUserInputError(argumentName, "is not a global id returned by this API");
  return types.includes(parsed.type) ? { type: parsed.type, pk: parsed.id } : null;
}

/** An EXISTS over the meeting's participations; one row per meeting whatever the number of matches. */
function whereParticipates(qb: SelectQueryBuilder<Meeting>, name: string, argumentName: string, value: string, roles?: string[]): void {
  const actor = filterRefCondition(argumentName, value, { State: `${name}.state_id`, Organisation: `${name}.organisation_id` }, name, true);
  const roleCondition = roles ? `AND ${name}.role IN (:...${name}Roles)` : "";
  qb.andWhere(`EXISTS (SELECT 1 FROM meeting_participation ${name} WHERE ${name}.meeting_id = m.id AND ${actor.sql} ${roleCondition})`, {
    ...actor.params,
    ...(roles ? { [`${name}Roles`]: roles } : {}),
  });
}

/** The `meetings` list: every filter becomes an indexed condition or an EXISTS sub-query, never a join that multiplies rows. */
export function meetingsQuery(ds: DataSource, given?: MeetingFilter | null): SelectQueryBuilder<Meeting> {
  // `filter: null` is as good as no filter.
  const filter: MeetingFilter = given ?? {};
  const qb = ds.getRepository(Meeting).createQueryBuilder("m");
  const from = checkDateArg("filter.from", filter.from);
  const to = checkDateArg("filter.to", filter.to);
  if (from && to && from > to) throw new BadUserInputError("filter.to", `must not be before filter.from (${from})`);
  // Overlap of [earliest start, latest end] with [from, to]; a one-day meeting has no end, so its start's latest day closes it.
  if (from) qb.andWhere("COALESCE(m.end_latest, m.start_latest) >= :from", { from });
  if (to) qb.andWhere("m.start_earliest <= :to", { to });
  if (filter.kinds) qb.andWhere("m.kind IN (:...kinds)", { kinds: filter.kinds.length ? filter.kinds : ["--"] });
  // Plans and cancelled meetings only when asked for: a partner counting meetings counts meetings held.
  const statuses = filter.status ?? [MeetingStatus.HELD];
  qb.andWhere("m.status IN (:...statuses)", { statuses: statuses.length ? statuses : ["--"] });
  if (filter.series != null) qb.andWhere("m.series = :series", { series: filter.series.trim().toUpperCase() });
  if (filter.network != null) {
    const network = filterRefCondition("filter.network", filter.network, { Network: "m.network_id" }, "mn", false);
    qb.andWhere(network.sql, network.params);
  }
  if (filter.title != null) {
    // Every word, anywhere in the title and in any case: "annual meeting focal" finds "Second Annual Meeting of the Global Network of R2P Focal Points".
    const words = checkTextArg("filter.title", filter.title).toLowerCase().split(/\s+/).filter(Boolean);
    words.forEach((word, i) => qb.andWhere(`LOWER(m.title) LIKE :titleWord${i}`, { [`titleWord${i}`]: `%${word}%` }));
  }
  if (filter.host != null) whereParticipates(qb, "hp", "filter.host", filter.host, HOST_ROLES);
  if (filter.participantRoles != null && filter.participant == null) {
    throw new BadUserInputError("filter.participantRoles", "says in which roles `filter.participant` took part; give `filter.participant` too");
  }
  if (filter.participant != null) {
    // An empty list matches nothing, as an empty `kinds` does.
    const roles = filter.participantRoles ? (filter.participantRoles.length ? filter.participantRoles : ["--"]) : undefined;
    whereParticipates(qb, "pp", "filter.participant", filter.participant, roles);
  }
  if (filter.person != null) {
    const person = idArg("filter.person", filter.person, ["Person"]);
    qb.andWhere("EXISTS (SELECT 1 FROM meeting_participation per WHERE per.meeting_id = m.id AND per.person_id = :personPk)", { personPk: person?.pk ?? 0 });
  }
  if (filter.ungaSession != null) qb.andWhere("m.unga_session = :ungaSession", { ungaSession: filter.ungaSession });
  if (filter.country != null) {
    const country = filterRefCondition("filter.country", filter.country, { State: "m.country_id" }, "mc", false);
    qb.andWhere(country.sql, country.params);
  }
  return qb;
}

export function meetingOrder(order?: MeetingOrder): OrderSpec<Meeting> {
  const direction = order?.direction ?? OrderDirection.ASC;
  switch (order?.field ?? MeetingOrderField.START_DATE) {
    case MeetingOrderField.TITLE:
      return { name: "TITLE", expression: "m.title", value: (m) => m.title, direction };
    default:
      return { name: "START_DATE", expression: "m.start_earliest", value: (m) => m.startAt.earliest, direction };
  }
}
