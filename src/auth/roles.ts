/** What a partner may do (issue 10). ADMIN implies every other role, everywhere. */
export const ROLES = ["READER", "CONTRIBUTOR", "STEWARD", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** What a CONTRIBUTOR or STEWARD grant can be limited to; ADMIN and READER grants are unscoped. */
export const SCOPE_TYPES = ["Network", "State", "Organisation"] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

/** One role a partner holds, with its scope (both null when unscoped). */
export interface Grant {
  role: Role;
  scopeType: ScopeType | null;
  scopeId: number | null;
  /** The scope's natural key (network slug, state code, organisation key), for display. */
  scopeKey?: string;
}

/** A grant as listings show it: `ROLE`, or `ROLE@network:<slug>` / `@state:<code>` / `@organisation:<key>`. */
export function grantLabel(g: Grant): string {
  return g.scopeType ? `${g.role}@${g.scopeType.toLowerCase()}:${g.scopeKey ?? g.scopeId}` : g.role;
}

/** Whether a role may carry a scope: only the roles that write (drafts, publishing) are limited to one. */
export function roleTakesScope(role: Role): boolean {
  return role === "CONTRIBUTOR" || role === "STEWARD";
}
