import type { SelectQueryBuilder } from "typeorm";
import DataLoader from "./request-dataloader";
import { Meeting } from "../../entities/meeting.entity";
import { MeetingParticipation } from "../../entities/meeting-participation.entity";
import type { ParticipationRole } from "../../entities/enums/participation-role.enum";
import { defineLoader } from "./loader-registry";
import { partitionedPages } from "./partitioned-pages.loaders";

/** What narrows an actor's attended meetings: only meetings where it had one of these roles. */
export interface AttendedArgs {
  roles?: ParticipationRole[];
}

type ActorColumn = "state_id" | "organisation_id";

/**
 * The meetings an actor took part in, each ONCE however many roles it had there: the meeting rows
 * joined to the actor's participations grouped by (meeting, actor). The parent filter
 * (`p.actor_id IN (…)`) names only grouped columns, so both databases push it into the grouping
 * and read only the page's actors' rows (by the participation indexes), not the whole table.
 */
function attendedBy(column: ActorColumn) {
  return (qb: SelectQueryBuilder<any>, args: AttendedArgs) => {
    qb.innerJoin(
      (sq) => {
        sq.select("ap.meeting_id", "meeting_id").addSelect(`ap.${column}`, "actor_id").from(MeetingParticipation, "ap").where(`ap.${column} IS NOT NULL`);
        // An empty role list asks for nothing; IN () is not valid SQL, so match an impossible role.
        if (args.roles) sq.andWhere("ap.role IN (:...attendedRoles)", { attendedRoles: args.roles.length ? args.roles : ["--"] });
        return sq.groupBy("ap.meeting_id").addGroupBy(`ap.${column}`);
      },
      "p",
      "p.meeting_id = t.id",
    );
  };
}

/** Orderings of attended meetings: by the meeting's start (unknown starts sort as the far future). */
export const ATTENDED_ORDERS = { MEETING_START: "COALESCE(t.start_earliest, '9999-12-31')" };

/** A state's meetings, a page per state, one edge per meeting. */
export const attendedPagesByState = partitionedPages<Meeting, AttendedArgs>(Meeting, "attendedPagesByState", {
  parentColumn: "p.actor_id",
  where: attendedBy("state_id"),
  orders: ATTENDED_ORDERS,
});

/** An organisation's meetings, a page per organisation, one edge per meeting. */
export const attendedPagesByOrganisation = partitionedPages<Meeting, AttendedArgs>(Meeting, "attendedPagesByOrganisation", {
  parentColumn: "p.actor_id",
  where: attendedBy("organisation_id"),
  orders: ATTENDED_ORDERS,
});

/** One actor at one meeting (an edge of `attendedMeetings`). */
export interface ActorAtMeeting {
  column: ActorColumn;
  actor: number;
  meeting: number;
}

const pairKey = (k: ActorAtMeeting) => `${k.column}|${k.actor}|${k.meeting}`;

/**
 * Every participation of an actor at a meeting, in the source's listing order: the roles on an
 * edge. One statement per level (per kind of actor), however many edges the pages hold.
 */
export const participationsOfActorAt = defineLoader("participationsOfActorAt", (ds) =>
  new DataLoader<ActorAtMeeting, MeetingParticipation[], string>(
    async (keys) => {
      const found = new Map<string, MeetingParticipation[]>();
      for (const column of ["state_id", "organisation_id"] as const) {
        const mine = keys.filter((k) => k.column === column);
        if (mine.length === 0) continue;
        const rows = await ds
          .getRepository(MeetingParticipation)
          .createQueryBuilder("t")
          .where(`t.${column} IN (:...actors)`, { actors: [...new Set(mine.map((k) => k.actor))] })
          .andWhere("t.meeting_id IN (:...meetings)", { meetings: [...new Set(mine.map((k) => k.meeting))] })
          .orderBy("t.position", "ASC")
          .addOrderBy("t.id", "ASC")
          .getMany();
        for (const row of rows) {
          const actor = column === "state_id" ? row.actor.stateId : row.actor.organisationId;
          const k = pairKey({ column, actor: actor!, meeting: row.meetingId });
          found.set(k, [...(found.get(k) ?? []), row]);
        }
      }
      return keys.map((k) => found.get(pairKey(k)) ?? []);
    },
    { cacheKeyFn: pairKey },
  ),
);
