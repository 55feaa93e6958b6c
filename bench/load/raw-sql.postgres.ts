import { Pool } from "pg";
import type { PartnerVariables } from "./partner-query";
import { isoExpression } from "./raw-sql.shared";

/**
 * PartnerNested as ONE PostgreSQL statement that builds the whole `data` object
 * ($1 networks, $2 members, $3 meetings, $4 participants). Orderings and page rules copy the
 * hub's loaders (src/queries/network.query.ts, src/loaders/connection-pages.loaders.ts):
 * - networks: name, then id;
 * - a network's memberships: COALESCE(start_earliest, '9999-12-31'), then id (START_DATE ASC);
 * - a state's meetingsConnection(roles: [HOST, CO_HOST], MEETING_START DESC): the meeting's
 *   COALESCE(start_earliest, '9999-12-31') DESC, then the participation id DESC;
 * - a meeting's participants: position, then id (LISTED ASC).
 * Paged levels read size + 1 rows: the extra row only sets hasNextPage, and its nested JSON is
 * never built (the CASE on rn); `first: 0` answers hasNextPage false, as the hub does (it reads
 * no rows for an empty page). Cursors are the hub's (src/pagination/cursor.ts): base64url of
 * the JSON array [ordering, sort value, id], written here with encode(…, 'base64') made URL-safe
 * and unpadded. An organisation where the query asks `... on State` is `{}`, as in the hub.
 * PostgreSQL's json text has spaces after separators, so the answer has more bytes than the hub's
 * for the same parsed value.
 */
const cursor = (order: string, value: string, id: string) =>
  `translate(rtrim(replace(encode(convert_to('["${order}",' || ${value} || ',' || ${id} || ']', 'UTF8'), 'base64'), E'\\n', ''), '='), '+/', '-_')`;

/** One paged connection's JSON from rows with columns rn (1-based) and cnt (rows read), `node` built only for rn <= size. */
const connection = (rows: string, size: string, endCursor: string) => `
  SELECT json_build_object(
    'pageInfo', json_build_object('hasNextPage', ${size} > 0 AND count(*) > ${size}, 'endCursor', max(CASE WHEN c.rn = LEAST(c.cnt, ${size}) THEN ${endCursor} END)),
    'nodes', COALESCE(json_agg(c.node ORDER BY c.rn) FILTER (WHERE c.rn <= ${size}), '[]'::json))
  FROM (${rows}) c`;

const participants = connection(
  `SELECT q.id, q.position, q.rn, q.cnt,
     CASE WHEN q.rn <= $4 THEN json_build_object('role', q.role, 'actor', CASE WHEN q.state_id IS NULL THEN '{}'::json ELSE json_build_object('alpha3', q.alpha3, 'name', q.name) END) END AS node
   FROM (SELECT pp.*, ps.alpha3, ps.name, row_number() OVER (ORDER BY pp.position, pp.id) AS rn, count(*) OVER () AS cnt
         FROM (SELECT id, role, position, state_id FROM meeting_participation WHERE meeting_id = h.meeting_id ORDER BY position, id LIMIT $4 + 1) pp
         LEFT JOIN state ps ON ps.id = pp.state_id) q`,
  "$4",
  cursor("LISTED", "c.position", "c.id"),
);

const hostedMeetings = `
  SELECT COALESCE(json_agg(json_build_object('role', h.role, 'meeting', json_build_object(
      'key', h.key, 'title', h.title, 'start', json_build_object('iso', ${isoExpression("h")}),
      'participantsConnection', (${participants}))) ORDER BY h.sv DESC, h.id DESC), '[]'::json)
  FROM (SELECT mp.id, mp.role, mp.meeting_id, mo.key, mo.title, mo.start_earliest, mo.start_precision, COALESCE(mo.start_earliest, '9999-12-31') AS sv
        FROM meeting_participation mp JOIN meeting mo ON mo.id = mp.meeting_id
        WHERE mp.state_id = s.id AND mp.role IN ('CO_HOST', 'HOST')
        ORDER BY sv DESC, mp.id DESC LIMIT $3) h`;

const member = `CASE WHEN p.state_id IS NULL THEN '{}'::json ELSE (
  SELECT json_build_object('alpha3', s.alpha3, 'name', s.name, 'meetingsConnection', json_build_object('nodes', (${hostedMeetings})))
  FROM state s WHERE s.id = p.state_id) END`;

const memberships = connection(
  `SELECT p.id, p.sv, p.rn, p.cnt, CASE WHEN p.rn <= $2 THEN json_build_object('status', p.status, 'member', ${member}) END AS node
   FROM (SELECT nm.*, row_number() OVER (ORDER BY nm.sv, nm.id) AS rn, count(*) OVER () AS cnt
         FROM (SELECT id, status, state_id, COALESCE(start_earliest, '9999-12-31') AS sv FROM network_membership WHERE network_id = n.id ORDER BY sv, id LIMIT $2 + 1) nm) p`,
  "$2",
  cursor("START_DATE", "to_json(c.sv)::text", "c.id"),
);

export const PARTNER_NESTED_POSTGRES = `
SELECT json_build_object('networks', json_build_object('nodes',
  COALESCE(json_agg(json_build_object('slug', n.slug, 'membershipsConnection', mc.conn) ORDER BY n.name, n.id), '[]'::json)))::text AS data
FROM (SELECT id, slug, name FROM network ORDER BY name, id LIMIT $1) n
CROSS JOIN LATERAL (${memberships}) AS mc(conn)`;

/** A pool whose connections each prepare the statement once (pg's named statements) and answer with its text as is. */
export function postgresPartnerNested(url: string, poolSize: number): { run: (v: PartnerVariables) => Promise<string>; close: () => Promise<void> } {
  const pool = new Pool({ connectionString: url, max: poolSize });
  return {
    run: async (v) => {
      const { rows } = await pool.query({ name: "partner_nested", text: PARTNER_NESTED_POSTGRES, values: [v.networks, v.members, v.meetings, v.participants] });
      return rows[0].data as string;
    },
    close: () => pool.end(),
  };
}
