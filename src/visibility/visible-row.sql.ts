import { GUARDED_SUBJECTS, GUARDED_TABLES, type Guard } from "./guarded-tables";
import type { ViewerAccess } from "./viewer-access";

// Every value below is either a constant of this file or an integer from the viewer's grants, so
// the predicates are inlined as SQL text: they never carry client input.
const int = (n: number) => String(Math.trunc(Number(n)));

/**
 * Visible own-guarded row `ref` (a table name or alias with `pub_*` columns). Never NULL: the
 * nullable columns (partner, scope: NULL for seed rows and unscoped records) are tested with
 * IS NOT NULL first, so a row is plainly visible or not — `NOT (…)` in subjectVisible relies on it,
 * and a NULL there once let an unscoped draft's search and change entries through.
 */
export function ownRowVisible(ref: string, a: ViewerAccess): string {
  const published = a.partnersData ? `${ref}.pub_status = 'PUBLISHED'` : `(${ref}.pub_status = 'PUBLISHED' AND ${ref}.pub_visibility = 'PUBLIC')`;
  if (a.partnerId === null) return published;
  const more = [`(${ref}.pub_partner_id IS NOT NULL AND ${ref}.pub_partner_id = ${int(a.partnerId)})`];
  if (a.stewardOf === "ALL") more.push("1 = 1");
  else for (const s of a.stewardOf) more.push(`(${ref}.pub_scope_type IS NOT NULL AND ${ref}.pub_scope_id IS NOT NULL AND ${ref}.pub_scope_type = '${s.type}' AND ${ref}.pub_scope_id = ${int(s.id)})`);
  return `(${published} OR ${more.join(" OR ")})`;
}

/**
 * A SQL condition that holds when the row `ref` of `table` is visible to the viewer. `chain` lists
 * the tables whose `about` subjects are already being judged further out, so a row about a row
 * about … stops there instead of recursing forever (no seed row is about its own kind anyway).
 */
export function rowVisible(table: string, ref: string, a: ViewerAccess, depth = 0, chain: string[] = [], judgeAbout = false): string {
  const guard: Guard | undefined = GUARDED_TABLES[table];
  if (!guard) return "1 = 1";
  const g = `vg${depth}`;
  let own: string;
  switch (guard.kind) {
    case "own":
      own = ownRowVisible(ref, a);
      break;
    case "parent":
      own = `EXISTS (SELECT 1 FROM "${guard.parent}" ${g} WHERE ${g}.id = ${ref}.${guard.fk} AND ${rowVisible(guard.parent, g, a, depth + 1, chain)})`;
      break;
    case "subject":
      return subjectVisible(ref, guard.typeColumn, guard.idColumn, a, depth, chain);
    case "contact":
      return contactVisible(ref, a, depth);
  }
  // A source link is read directly only through its subject (the loaders take the subject's ids
  // from a row the viewer already sees), so its `about` is judged only where it is itself the
  // subject of a change; observations have ids of their own (`node`), so theirs is always judged.
  if (!guard.about || (guard.about.onlyAsSubject && !judgeAbout) || chain.includes(table)) return own;
  return `(${own} AND ${subjectVisible(ref, guard.about.typeColumn, guard.about.idColumn, a, depth, [...chain, table])})`;
}

/**
 * A row about a subject: visible when the subject is of an unguarded type, no longer exists (a
 * deletion stays in the feed), or is visible itself. Written as "not among the hidden rows of its
 * type": each such sub-query names no outer row, so both databases compute it once per statement
 * (a hash or an ephemeral index) even where it sits inside another per-row test — the correlated
 * form, nested (a change about a source link about a meeting), took PostgreSQL minutes.
 */
function subjectVisible(ref: string, typeColumn: string, idColumn: string, a: ViewerAccess, depth: number, chain: string[]): string {
  const g = `vs${depth}`;
  const cases = Object.entries(GUARDED_SUBJECTS).map(
    // NOT (…) needs a predicate that is never NULL (ownRowVisible sees to it), or a hidden row would drop out of the hidden set.
    ([type, table]) => `NOT (${ref}.${typeColumn} = '${type}' AND ${ref}.${idColumn} IN (SELECT ${g}.id FROM "${table}" ${g} WHERE NOT (${rowVisible(table, g, a, depth + 1, chain, true)})))`,
  );
  return `(${cases.join(" AND ")})`;
}

/** Focal point contacts: partners whose actor is a current member of that network, its stewards, administrators. */
function contactVisible(ref: string, a: ViewerAccess, depth: number): string {
  if (a.partnerId === null || !a.actor) return "1 = 0";
  const m = `vm${depth}`;
  const v = `vv${depth}`;
  const self = a.actor.stateId !== null ? `${v}.state_id = ${int(a.actor.stateId)}` : `${v}.organisation_id = ${int(a.actor.organisationId!)}`;
  const member = `EXISTS (SELECT 1 FROM "network_membership" ${m} JOIN "network_membership" ${v} ON ${v}.network_id = ${m}.network_id
    WHERE ${m}.id = ${ref}.network_membership_id AND ${self} AND ${v}.end_earliest IS NULL AND ${v}.pub_status = 'PUBLISHED')`;
  if (a.stewardOf === "ALL") return "1 = 1";
  const networks = a.stewardOf.filter((s) => s.type === "Network").map((s) => int(s.id));
  if (!networks.length) return member;
  return `(${member} OR EXISTS (SELECT 1 FROM "network_membership" ${m}s WHERE ${m}s.id = ${ref}.network_membership_id AND ${m}s.network_id IN (${networks.join(", ")})))`;
}
