import type { DataSource, EntityManager } from "typeorm";
import { EXTRA_NETWORK_NAMES, distinct, meetingTitle, partialDate, pick, seededRandom, type Random } from "./shape-rows";

/**
 * The data shape of the usual GraphQL-over-SQL benchmark, grown from the seed: about 200 states
 * (the seed's 196), 20 networks of 20 members each (400 memberships), 20,000 meetings and about
 * 100,000 participations (five per new meeting: one HOST or CO_HOST, four PARTICIPANTs), with
 * meeting starts spread over 2000–2025 so "newest first" means something.
 */
export interface LoadShape {
  networks: number;
  membersPerNetwork: number;
  meetings: number;
  participantsPerMeeting: number;
  seed: number;
}

export const DEFAULT_SHAPE: LoadShape = { networks: 20, membersPerNetwork: 20, meetings: 20_000, participantsPerMeeting: 5, seed: 20261124 };

const MEETING_KINDS = ["FOCAL_POINT_ANNUAL_MEETING", "CAPITAL_LEVEL_MEETING", "MINISTERIAL_MEETING", "SIDE_EVENT", "EXPERT_MEETING", "WORKSHOP", "VIRTUAL_SESSION"];
const NETWORK_KINDS = ["FOCAL_POINT_NETWORK", "GROUP_OF_FRIENDS", "CORE_GROUP", "INITIATIVE"];

/** Rows of one table, inserted in multi-row INSERTs of at most ~6,000 parameters (SQLite and PostgreSQL both allow far more). */
async function insertRows(m: EntityManager, postgres: boolean, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const perBatch = Math.max(1, Math.floor(6_000 / columns.length));
  for (let from = 0; from < rows.length; from += perBatch) {
    const batch = rows.slice(from, from + perBatch);
    let n = 0;
    const values = batch.map(() => `(${columns.map(() => (postgres ? `$${++n}` : "?")).join(", ")})`).join(", ");
    await m.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values}`, batch.flat());
  }
}

const ids = async (m: EntityManager, sql: string): Promise<number[]> => (await m.query(sql)).map((r: { id: number | string }) => Number(r.id));

async function addNetworks(m: EntityManager, postgres: boolean, random: Random, shape: LoadShape): Promise<void> {
  const [{ n }] = await m.query("SELECT COUNT(*) AS n FROM network");
  const missing = Math.max(0, shape.networks - Number(n));
  const rows = EXTRA_NETWORK_NAMES.slice(0, missing).map((name, i) => [
    `bench-network-${String(i + 1).padStart(2, "0")}`,
    name,
    pick(random, NETWORK_KINDS),
    "A network added by the load benchmark (bench/load/shape-data.ts).",
    "[]",
  ]);
  if (rows.length < missing) throw new Error(`shapeData: only ${EXTRA_NETWORK_NAMES.length} extra network names for ${missing} networks`);
  await insertRows(m, postgres, "network", ["slug", "name", "kind", "description", "aliases"], rows);
}

/** Tops every network up to `membersPerNetwork` memberships with states it does not have yet; a tenth start on an unknown day. */
async function addMemberships(m: EntityManager, postgres: boolean, random: Random, shape: LoadShape, states: number[]): Promise<void> {
  const rows: unknown[][] = [];
  for (const networkId of await ids(m, "SELECT id FROM network ORDER BY id")) {
    const existing = await m.query(`SELECT state_id FROM network_membership WHERE network_id = ${networkId}`);
    const members = new Set<number>(existing.filter((r: { state_id: unknown }) => r.state_id != null).map((r: { state_id: number | string }) => Number(r.state_id)));
    for (const stateId of distinct(random, states, Math.max(0, shape.membersPerNetwork - existing.length), members)) {
      const start = random() < 0.1 ? [null, null, null, null] : partialDate(random, 1995, 2024, [0.7, 0.1, 0, 0, 0.2]);
      rows.push([networkId, random() < 0.15 ? "FOUNDING_MEMBER" : "MEMBER", stateId, ...start]);
    }
  }
  await insertRows(m, postgres, "network_membership", ["network_id", "status", "state_id", "start_earliest", "start_latest", "start_precision", "start_qualifier"], rows);
}

/**
 * Adds meetings up to `meetings` with explicit keys (ids follow the current maximum, so the
 * participations can point at them without reading them back), each hosted by one state and
 * attended by four more actors; one meeting in ten has an organisation among them. Positions
 * repeat within a meeting, so the LISTED order needs the id to break ties.
 */
async function addMeetings(m: EntityManager, postgres: boolean, random: Random, shape: LoadShape, states: number[], organisations: number[]): Promise<void> {
  const [{ n, top }] = await m.query("SELECT COUNT(*) AS n, MAX(id) AS top FROM meeting");
  const count = Math.max(0, shape.meetings - Number(n));
  const meetings: unknown[][] = [];
  const participations: unknown[][] = [];
  for (let i = 1; i <= count; i++) {
    const id = Number(top ?? 0) + i;
    const host = pick(random, states);
    const start = partialDate(random, 2000, 2025);
    meetings.push([id, `bench-meeting-${String(i).padStart(5, "0")}`, meetingTitle(random, i, start[0].slice(0, 4)), pick(random, MEETING_KINDS), host, ...start]);
    const status = () => (random() < 0.05 ? "TO_BE_CONFIRMED" : "CONFIRMED");
    participations.push([id, random() < 0.7 ? "HOST" : "CO_HOST", status(), Math.floor(random() * 3), host, null]);
    const others = distinct(random, states, shape.participantsPerMeeting - 1, new Set([host]));
    if (organisations.length && random() < 0.1) others[others.length - 1] = -pick(random, organisations);
    for (const actor of others) {
      participations.push([id, "PARTICIPANT", status(), Math.floor(random() * 4), actor > 0 ? actor : null, actor < 0 ? -actor : null]);
    }
  }
  await insertRows(m, postgres, "meeting", ["id", "key", "title", "kind", "country_id", "start_earliest", "start_latest", "start_precision", "start_qualifier"], meetings);
  if (postgres) await m.query("SELECT setval(pg_get_serial_sequence('meeting', 'id'), (SELECT MAX(id) FROM meeting))");
  await insertRows(m, postgres, "meeting_participation", ["meeting_id", "role", "status", "position", "state_id", "organisation_id"], participations);
}

export type RowCounts = Record<"state" | "network" | "network_membership" | "meeting" | "meeting_participation", number>;

export async function rowCounts(ds: DataSource): Promise<RowCounts> {
  const counts = {} as RowCounts;
  for (const table of ["state", "network", "network_membership", "meeting", "meeting_participation"] as const) {
    const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(n);
  }
  return counts;
}

/**
 * Grows a seeded database to `shape` in one transaction, then refreshes the planner statistics
 * (ANALYZE on both databases) and, on SQLite, folds the WAL back into the file so the servers
 * start on a plain database. Deterministic for a given seed database and `shape.seed`.
 */
export async function shapeData(ds: DataSource, shape: LoadShape = DEFAULT_SHAPE): Promise<RowCounts> {
  const postgres = ds.options.type === "postgres";
  const random = seededRandom(shape.seed);
  await ds.transaction(async (m) => {
    const states = await ids(m, "SELECT id FROM state ORDER BY id");
    const organisations = await ids(m, "SELECT id FROM organisation ORDER BY id");
    if (states.length < shape.membersPerNetwork || states.length < shape.participantsPerMeeting) throw new Error("shapeData: the seed has too few states");
    await addNetworks(m, postgres, random, shape);
    await addMemberships(m, postgres, random, shape, states);
    await addMeetings(m, postgres, random, shape, states, organisations);
  });
  await ds.query("ANALYZE");
  if (!postgres) await ds.query("PRAGMA wal_checkpoint(TRUNCATE)");
  return rowCounts(ds);
}
