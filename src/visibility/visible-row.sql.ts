import { GUARDED_SUBJECTS, GUARDED_TABLES, type Guard } from "./guarded-tables";
import type { ViewerAccess } from "./viewer-access";

// Every value below is either a constant of this file or an integer from the viewer's grants, so
// the predicates are inlined as SQL text: they never carry client input.
const int = (n: number) => String(Math.trunc(Number(n)));

/** Visible own-guarded row `ref` (a table name or alias with `pub_*` columns). */
export function ownRowVisible(ref: string, a: ViewerAccess): string {
  const published = a.partnersData ? `${ref}.pub_status = 'PUBLISHED'` : `(${ref}.pub_status = 'PUBLISHED' AND ${ref}.pub_visibility = 'PUBLIC')`;
  if (a.partnerId === null) return published;
  const more = [`${ref}.pub_partner_id = ${int(a.partnerId)}`];
  if (a.stewardOf === "ALL") more.push("1 = 1");
  else for (const s of a.stewardOf) more.push(`(${ref}.pub_scope_type = '${s.type}' AND ${ref}.pub_scope_id = ${int(s.id)})`);
  return `(${published} OR ${more.join(" OR ")})`;
}

/** A SQL condition that holds when the row `ref` of `table` is visible to the viewer. */
export function rowVisible(table: string, ref: string, a: ViewerAccess, depth = 0): string {
  const guard: Guard | undefined = GUARDED_TABLES[table];
  if (!guard) return "1 = 1";
  const g = `vg${depth}`;
  switch (guard.kind) {
    case "own":
      return ownRowVisible(ref, a);
    case "parent":
      return `EXISTS (SELECT 1 FROM "${guard.parent}" ${g} WHERE ${g}.id = ${ref}.${guard.fk} AND ${rowVisible(guard.parent, g, a, depth + 1)})`;
    case "subject":
      return subjectVisible(ref, guard.typeColumn, guard.idColumn, a, depth);
    case "contact":
      return contactVisible(ref, a, depth);
  }
}

/**
 * A row about a subject: visible when the subject is of an unguarded type, no longer exists (a
 * deletion stays in the feed), or is visible itself.
 */
function subjectVisible(ref: string, typeColumn: string, idColumn: string, a: ViewerAccess, depth: number): string {
  const g = `vs${depth}`;
  const types = Object.keys(GUARDED_SUBJECTS);
  const cases = types.map(
    (type) =>
      `(${ref}.${typeColumn} = '${type}' AND NOT EXISTS (SELECT 1 FROM "${GUARDED_SUBJECTS[type]}" ${g} WHERE ${g}.id = ${ref}.${idColumn} AND NOT (${rowVisible(GUARDED_SUBJECTS[type], g, a, depth + 1)})))`,
  );
  return `(${ref}.${typeColumn} NOT IN (${types.map((t) => `'${t}'`).join(", ")}) OR ${cases.join(" OR ")})`;
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
