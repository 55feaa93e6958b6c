import type { PartialDateColumns } from "../../../seeds/loader/partial-date";
import type { WriteTx } from "../write-tx";

/** A period as stored: two partial dates, either of which may be absent. */
export interface StoredPeriod {
  startAt: Pick<PartialDateColumns, "earliest" | "latest">;
  endAt: Pick<PartialDateColumns, "earliest" | "latest">;
}

/**
 * Whether two periods certainly share a day. Partial dates are ranges ("2015" is any day of
 * 2015), so a period is taken at its narrowest: from the latest day its start can mean to the
 * earliest day its end can mean. An unknown start reaches back indefinitely and an open end is
 * ongoing (issue 10 §3), so an undated ongoing membership overlaps everything after it. Sharing
 * only the boundary day (a term handed over on the day the next begins) is not an overlap, and
 * neither are "left in 2015" and "rejoined in 2015": the sources cannot tell those apart from a
 * clean succession, and refusing them would block true records.
 */
export function periodsOverlap(a: StoredPeriod, b: StoredPeriod): boolean {
  const startA = a.startAt.latest ?? a.startAt.earliest ?? "";
  const startB = b.startAt.latest ?? b.startAt.earliest ?? "";
  const endA = a.endAt.earliest ?? a.endAt.latest ?? "9999-12-31";
  const endB = b.endAt.earliest ?? b.endAt.latest ?? "9999-12-31";
  const latestStart = startA > startB ? startA : startB;
  const earliestEnd = endA < endB ? endA : endB;
  return latestStart < earliestEnd;
}

/** A period's start and end as people read them, for the message that names the clash. */
export function describePeriod(p: { startAt: { earliest: string | null }; endAt: { earliest: string | null } }): string {
  return `${p.startAt.earliest ?? "an unknown start"} – ${p.endAt.earliest ?? "ongoing"}`;
}

/** Whether a period ends before it starts (both known): `start` must not come after `end`. */
export function endsBeforeStart(p: StoredPeriod): boolean {
  const start = p.startAt.earliest;
  const end = p.endAt.latest;
  return start != null && end != null && end < start;
}

/**
 * Serialises the writes that check one period rule (one member in one network, one role in one
 * network) until the transaction ends. SQLite runs one write at a time already; on PostgreSQL two
 * transactions could otherwise both check, both find no overlap, and both insert.
 */
export async function lockPeriodRule(tx: WriteTx, key: string): Promise<void> {
  if (tx.postgres) await tx.manager.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [key]);
}
