import type { TestHub } from "./test-server";
import { issueKey } from "./partner-keys";
import { GUARDED_SUBJECTS } from "../../src/visibility/guarded-tables";

// The permission matrix (issue 10 §2): who the viewers are, which seed rows are put out of sight
// and how, and the same rows really deleted — "never existed" — for the hubs that stand for
// "missing". Written with plain SQL on the hub's own DataSource (outside any request, so unguarded
// and unrecorded), not through the write mutations: the matrix tests the read guard alone.

/** The network whose drafts the scoped partners write and whose members see focal point contacts. */
export const NETWORK = { id: 2, slug: "r2p-focal-points" };
export const OTHER_NETWORK = "group-of-friends-r2p";
/** The treaty action's actor, the scope of its retraction. */
export const ACTION_STATE = { id: 152, code: "SN" };

export type RoleKey = "anonymous" | "reader" | "author" | "contributor" | "steward" | "otherSteward" | "member" | "admin";
export type RecordKey = "meeting" | "document" | "treatyAction" | "observation" | "membership" | "citation" | "contact" | "unscoped";

/** The columns of the matrix: each role and the keys its partner holds (issued in this order on every hub, so partner ids match). */
export const ROLES: { key: RoleKey; label: string; keys: { partner: string; role?: string; scope?: string }[] }[] = [
  { key: "anonymous", label: "anonymous", keys: [] },
  { key: "reader", label: "READER (unrelated)", keys: [{ partner: "state:FR" }] },
  {
    key: "author",
    label: "CONTRIBUTOR, the author",
    keys: [
      { partner: "state:KE", role: "CONTRIBUTOR", scope: `network:${NETWORK.slug}` },
      { partner: "state:KE", role: "CONTRIBUTOR", scope: `state:${ACTION_STATE.code}` },
    ],
  },
  {
    key: "contributor",
    label: "CONTRIBUTOR, not the author",
    keys: [
      { partner: "state:NG", role: "CONTRIBUTOR", scope: `network:${NETWORK.slug}` },
      { partner: "state:NG", role: "CONTRIBUTOR", scope: `state:${ACTION_STATE.code}` },
    ],
  },
  {
    key: "steward",
    label: "STEWARD of the scope",
    keys: [
      { partner: "state:ZA", role: "STEWARD", scope: `network:${NETWORK.slug}` },
      { partner: "state:ZA", role: "STEWARD", scope: `state:${ACTION_STATE.code}` },
    ],
  },
  {
    key: "otherSteward",
    label: "STEWARD of another scope",
    keys: [
      { partner: "state:BR", role: "STEWARD", scope: `network:${OTHER_NETWORK}` },
      { partner: "state:BR", role: "STEWARD", scope: "state:AR" },
    ],
  },
  // Denmark: a founding, current and published member of the network (membership 1).
  { key: "member", label: "READER, member of the network", keys: [{ partner: "state:DK" }] },
  { key: "admin", label: "ADMIN", keys: [{ partner: "org:gcr2p", role: "ADMIN" }] },
];

const AUTHOR_AND_STEWARDS: RoleKey[] = ["author", "steward", "admin"];

/**
 * The hidden records (rows of the matrix, times the paths that reach them): the seed row, how it
 * is hidden, and which roles may still read it. Chosen so that deleting them touches nothing else
 * (no other row points at them with ON DELETE SET NULL or CASCADE beyond their own children).
 */
export const RECORDS: { key: RecordKey; label: string; type: string; id: number; table: string; hide: string; sees: RoleKey[]; byAdmin?: boolean }[] = [
  { key: "meeting", label: "meeting DRAFT (with its participants)", type: "Meeting", id: 18, table: "meeting", hide: `pub_status = 'DRAFT', pub_scope_type = 'Network', pub_scope_id = ${NETWORK.id}`, sees: AUTHOR_AND_STEWARDS },
  {
    key: "document",
    label: "document PUBLISHED, visibility PARTNERS",
    type: "Document",
    id: 3,
    table: "document",
    hide: `pub_visibility = 'PARTNERS', pub_scope_type = 'Network', pub_scope_id = ${NETWORK.id}`,
    sees: ["reader", "author", "contributor", "steward", "otherSteward", "member", "admin"],
  },
  {
    key: "treatyAction",
    label: "treaty action RETRACTED",
    type: "TreatyAction",
    id: 26,
    table: "treaty_action",
    hide: `pub_status = 'RETRACTED', pub_retraction_reason = 'signature not confirmed', pub_scope_type = 'State', pub_scope_id = ${ACTION_STATE.id}`,
    sees: AUTHOR_AND_STEWARDS,
  },
  { key: "observation", label: "observation DRAFT", type: "Observation", id: 80, table: "observation", hide: `pub_status = 'DRAFT', pub_scope_type = 'Network', pub_scope_id = ${NETWORK.id}`, sees: AUTHOR_AND_STEWARDS },
  { key: "membership", label: "network membership DRAFT", type: "NetworkMembership", id: 12, table: "network_membership", hide: `pub_status = 'DRAFT', pub_scope_type = 'Network', pub_scope_id = ${NETWORK.id}`, sees: AUTHOR_AND_STEWARDS },
  { key: "citation", label: "citation DRAFT (its source links vanish)", type: "Citation", id: 92, table: "citation", hide: `pub_status = 'DRAFT', pub_scope_type = 'Network', pub_scope_id = ${NETWORK.id}`, sees: AUTHOR_AND_STEWARDS },
  // A draft without a scope (ADMIN-only records): NULL scope columns must not make it visible anywhere.
  { key: "unscoped", label: "meeting DRAFT without a scope, by ADMIN", type: "Meeting", id: 20, table: "meeting", hide: "pub_status = 'DRAFT', pub_scope_type = NULL, pub_scope_id = NULL", sees: ["admin"], byAdmin: true },
  // A contact row of Lithuania's membership (10): field-level data, not a publication state.
  { key: "contact", label: "focal point contact", type: "FocalPointContact", id: 1, table: "focal_point_contact", hide: "", sees: ["member", "steward", "admin"] },
];

export const recordOf = (key: RecordKey) => RECORDS.find((r) => r.key === key)!;
export const sees = (role: RoleKey, record: RecordKey) => recordOf(record).sees.includes(role);
/** The records a role may not read: exactly what its "missing" hub deletes. */
export const hiddenFrom = (role: RoleKey) => RECORDS.filter((r) => !r.sees.includes(role)).map((r) => r.key);

/** Issues every role's keys; the tokens by role (anonymous has none) and the author's partner id. */
export async function issueRoleKeys(hub: TestHub): Promise<{ tokens: Partial<Record<RoleKey, string>>; authorId: number; adminId: number }> {
  const tokens: Partial<Record<RoleKey, string>> = {};
  for (const role of ROLES) for (const k of role.keys) tokens[role.key] = await issueKey(hub, { ...k, label: `matrix ${role.key}` });
  const [{ id }] = await hub.ds.query(`SELECT p.id FROM partner p JOIN state s ON s.id = p.state_id WHERE s.alpha2 = 'KE'`);
  const [admin] = await hub.ds.query(`SELECT p.id FROM partner p JOIN organisation o ON o.id = p.organisation_id WHERE o.key = 'gcr2p'`);
  return { tokens, authorId: Number(id), adminId: Number(admin.id) };
}

type Subject = { type: string; id: number };

/** A record with everything that follows it: child rows, and the source links about any of them. */
async function subjectsOf(hub: TestHub, key: RecordKey): Promise<Subject[]> {
  const ids = async (sql: string) => ((await hub.ds.query(sql)) as { id: number }[]).map((r) => Number(r.id));
  const of = (type: string, list: number[]) => list.map((id) => ({ type, id }));
  const r = recordOf(key);
  const own: Subject[] = [{ type: r.type, id: r.id }];
  if (r.type === "Meeting") own.push(...of("MeetingParticipation", await ids(`SELECT id FROM meeting_participation WHERE meeting_id = ${r.id}`)));
  if (key === "document") {
    for (const [type, table] of [["DocumentActor", "document_actor"], ["DocumentCommitment", "document_commitment"], ["DocumentAlignment", "document_alignment"], ["DocumentMention", "document_mention"]])
      own.push(...of(type, await ids(`SELECT id FROM ${table} WHERE document_id = ${r.id}`)));
    own.push(...of("CommitmentActor", await ids(`SELECT a.id FROM commitment_actor a JOIN document_commitment c ON c.id = a.commitment_id WHERE c.document_id = ${r.id}`)));
  }
  if (key === "treatyAction") own.push(...of("TreatyDeclaration", await ids(`SELECT id FROM treaty_declaration WHERE action_id = ${r.id}`)));
  if (key === "citation") own.push(...of("SourceLink", await ids(`SELECT id FROM source_link WHERE citation_id = ${r.id}`)));
  // What is said about them goes with them: observations about them, then source links about any of these.
  const about = (list: Subject[]) => list.filter((s) => s.type !== "SourceLink").map((s) => `(subject_type = '${s.type}' AND subject_id = ${s.id})`).join(" OR ");
  const observations = await ids(`SELECT id FROM observation WHERE ${about(own)}`);
  own.push(...of("Observation", observations.filter((id) => !own.some((s) => s.type === "Observation" && s.id === id))));
  const links = await ids(`SELECT id FROM source_link WHERE ${about(own)}`);
  return [...own, ...of("SourceLink", links.filter((id) => !own.some((s) => s.type === "SourceLink" && s.id === id)))];
}

/** Children before parents, so no foreign key is ever left dangling. */
const DELETE_ORDER = ["SourceLink", "CommitmentActor", "DocumentMention", "DocumentAlignment", "DocumentActor", "DocumentCommitment", "MeetingParticipation", "TreatyDeclaration"];

/** Each hidden record's first recorded change per subject type (seed order), for `since` cursors just before it. */
export async function firstChanges(hub: TestHub): Promise<Record<RecordKey, { type: string; changeId: number; subjectId: number }[]>> {
  const out = {} as Record<RecordKey, { type: string; changeId: number; subjectId: number }[]>;
  for (const r of RECORDS) {
    out[r.key] = [];
    if (r.key === "contact") continue;
    const byType = new Map<string, number[]>();
    for (const s of await subjectsOf(hub, r.key)) byType.set(s.type, [...(byType.get(s.type) ?? []), s.id]);
    for (const [type, list] of byType) {
      const rows = await hub.ds.query(`SELECT id, subject_id FROM change WHERE subject_type = '${type}' AND subject_id IN (${list.join(", ")}) ORDER BY id LIMIT 1`);
      if (rows.length) out[r.key].push({ type, changeId: Number(rows[0].id), subjectId: Number(rows[0].subject_id) });
    }
  }
  return out;
}

export const CONTACT_EMAIL = "focal.point@urm.example";

/** Change ids of the fixture's own log entries: far above the seed's, equal on every hub. */
export const FIXTURE_CHANGE_BASE = 900_000;
const AT = "2026-11-30T12:00:00.000Z";

/**
 * Puts a hub into the matrix state: every record in `deleted` never existed (its rows, children,
 * source links, change log entries and search entries are gone); every other one is hidden as
 * RECORDS says, by the author, with the change a real write would have logged.
 */
export async function applyFixtures(hub: TestHub, deleted: RecordKey[], authorId: number, adminId: number): Promise<void> {
  const q = (sql: string) => hub.ds.query(sql);
  for (const [i, r] of RECORDS.entries()) {
    const changeId = FIXTURE_CHANGE_BASE + i + 1;
    if (deleted.includes(r.key)) {
      if (r.key === "contact") continue;
      const subjects = await subjectsOf(hub, r.key);
      const where = (list: Subject[]) => list.map((s) => `(subject_type = '${s.type}' AND subject_id = ${s.id})`).join(" OR ");
      await q(`DELETE FROM change WHERE ${where(subjects)}`);
      await q(`DELETE FROM search_entry WHERE ${where(subjects)}`);
      const rank = (type: string) => (DELETE_ORDER.includes(type) ? DELETE_ORDER.indexOf(type) : DELETE_ORDER.length);
      const types = [...new Set(subjects.map((s) => s.type))].sort((a, b) => rank(a) - rank(b));
      for (const type of types) {
        const list = subjects.filter((s) => s.type === type).map((s) => s.id);
        await q(`DELETE FROM "${GUARDED_SUBJECTS[type]}" WHERE id IN (${list.join(", ")})`);
      }
      continue;
    }
    if (r.key === "contact") {
      await q(`INSERT INTO focal_point_contact (id, network_membership_id, email, phone, office, version, partner_id)
        VALUES (${r.id}, 10, '${CONTACT_EMAIL}', '+370 5 000 0000', 'Ministry of Foreign Affairs, Vilnius', 1, ${authorId})`);
      await q(`INSERT INTO change (id, at, actor_kind, partner_id, subject_type, subject_id, action, previous, next)
        VALUES (${changeId}, '${AT}', 'PARTNER', ${authorId}, '${r.type}', ${r.id}, 'CREATED', NULL, '{"email":"${CONTACT_EMAIL}"}')`);
      continue;
    }
    const by = r.byAdmin ? adminId : authorId;
    await q(`UPDATE ${r.table} SET ${r.hide}, pub_partner_id = ${by}, pub_version = 2 WHERE id = ${r.id}`);
    await q(`INSERT INTO change (id, at, actor_kind, partner_id, subject_type, subject_id, action, previous, next)
      VALUES (${changeId}, '${AT}', 'PARTNER', ${by}, '${r.type}', ${r.id}, 'UPDATED', '{"version":1}', '{"version":2}')`);
  }
}
