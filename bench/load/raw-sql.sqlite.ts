import type { PartnerVariables } from "./partner-query";
import { isoExpression } from "./raw-sql.shared";

// better-sqlite3 ships no types (and @types/better-sqlite3 is not installed): the little used here.
interface SqliteStatement {
  pluck(): SqliteStatement;
  get(params: object): unknown;
}
interface SqliteDatabase {
  pragma(source: string): unknown;
  function(name: string, options: { deterministic: boolean }, fn: (text: unknown) => string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database: new (file: string, options: { fileMustExist: boolean }) => SqliteDatabase = require("better-sqlite3");

/**
 * PartnerNested as ONE SQLite statement (better-sqlite3, prepared once) that builds the whole
 * `data` object: the same orderings and page rules as bench/load/raw-sql.postgres.ts (which lists
 * them), written with correlated sub-queries, `jsonb_group_array(… ORDER BY …)` and `LIMIT`.
 * It builds JSONB internally (no re-parsing of nested text) and turns it into text once, at the top.
 *
 * SQLite has no base64 function, so the cursors' base64url step is an application-defined
 * function, `b64url`, registered on the connection: the statement still writes each cursor's JSON
 * ([ordering, sort value, id]) itself and calls it once per endCursor (about 160 calls for the
 * heavy query); the JSON answer never leaves the database half-built.
 */
const cursor = (order: string, value: string, id: string) => `b64url('["${order}",' || ${value} || ',' || ${id} || ']')`;

const TRUE_FALSE = (condition: string) => `jsonb(CASE WHEN ${condition} THEN 'true' ELSE 'false' END)`;

/** One paged connection's JSONB from rows with columns rn (1-based) and cnt (rows read), `node` built only for rn <= size. */
const connection = (rows: string, size: string, endCursor: string) => `
  SELECT jsonb_object(
    'pageInfo', jsonb_object('hasNextPage', ${TRUE_FALSE(`${size} > 0 AND count(*) > ${size}`)}, 'endCursor', max(CASE WHEN c.rn = min(c.cnt, ${size}) THEN ${endCursor} END)),
    'nodes', jsonb_group_array(c.node ORDER BY c.rn) FILTER (WHERE c.rn <= ${size}))
  FROM (${rows}) c`;

const participants = connection(
  `SELECT q.id, q.position, q.rn, q.cnt,
     CASE WHEN q.rn <= @participants THEN jsonb_object('role', q.role, 'actor', CASE WHEN q.state_id IS NULL THEN jsonb('{}') ELSE jsonb_object('alpha3', q.alpha3, 'name', q.name) END) END AS node
   FROM (SELECT pp.*, ps.alpha3, ps.name, row_number() OVER (ORDER BY pp.position, pp.id) AS rn, count(*) OVER () AS cnt
         FROM (SELECT id, role, position, state_id FROM meeting_participation WHERE meeting_id = h.meeting_id ORDER BY position, id LIMIT @participants + 1) pp
         LEFT JOIN state ps ON ps.id = pp.state_id) q`,
  "@participants",
  cursor("LISTED", "c.position", "c.id"),
);

const hostedMeetings = `
  SELECT jsonb_group_array(jsonb_object('role', h.role, 'meeting', jsonb_object(
      'key', h.key, 'title', h.title, 'start', jsonb_object('iso', ${isoExpression("h")}),
      'participantsConnection', (${participants}))) ORDER BY h.sv DESC, h.id DESC)
  FROM (SELECT mp.id, mp.role, mp.meeting_id, mo.key, mo.title, mo.start_earliest, mo.start_precision, COALESCE(mo.start_earliest, '9999-12-31') AS sv
        FROM meeting_participation mp JOIN meeting mo ON mo.id = mp.meeting_id
        WHERE mp.state_id = s.id AND mp.role IN ('CO_HOST', 'HOST')
        ORDER BY sv DESC, mp.id DESC LIMIT @meetings) h`;

const member = `CASE WHEN p.state_id IS NULL THEN jsonb('{}') ELSE (
  SELECT jsonb_object('alpha3', s.alpha3, 'name', s.name, 'meetingsConnection', jsonb_object('nodes', (${hostedMeetings})))
  FROM state s WHERE s.id = p.state_id) END`;

const memberships = connection(
  `SELECT p.id, p.sv, p.rn, p.cnt, CASE WHEN p.rn <= @members THEN jsonb_object('status', p.status, 'member', ${member}) END AS node
   FROM (SELECT nm.*, row_number() OVER (ORDER BY nm.sv, nm.id) AS rn, count(*) OVER () AS cnt
         FROM (SELECT id, status, state_id, COALESCE(start_earliest, '9999-12-31') AS sv FROM network_membership WHERE network_id = n.id ORDER BY sv, id LIMIT @members + 1) nm) p`,
  "@members",
  cursor("START_DATE", "json_quote(c.sv)", "c.id"),
);

export const PARTNER_NESTED_SQLITE = `
SELECT json(jsonb_object('networks', jsonb_object('nodes', (
  SELECT jsonb_group_array(jsonb_object('slug', n.slug, 'membershipsConnection', (${memberships})) ORDER BY n.name, n.id)
  FROM (SELECT id, slug, name FROM network ORDER BY name, id LIMIT @networks) n)))) AS data`;

/** The database file opened on its own connection, with `b64url` registered and the statement prepared once. */
export function sqlitePartnerNested(file: string): { run: (v: PartnerVariables) => string; close: () => void } {
  const db = new Database(file, { fileMustExist: true });
  db.pragma("journal_mode = WAL");
  db.function("b64url", { deterministic: true }, (text: unknown) => Buffer.from(String(text), "utf8").toString("base64url"));
  const statement = db.prepare(PARTNER_NESTED_SQLITE).pluck();
  return { run: (v) => statement.get(v) as string, close: () => db.close() };
}
