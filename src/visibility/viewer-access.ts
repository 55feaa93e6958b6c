import type { Viewer } from "../auth/viewer";

/**
 * What a viewer may read, reduced to what the SQL predicates need. Roles are hierarchical
 * (ADMIN ⊇ STEWARD ⊇ CONTRIBUTOR ⊇ READER) and an unscoped grant covers every scope.
 */
export interface ViewerAccess {
  /** ADMIN: every row, no predicate at all. */
  all: boolean;
  /** The partner behind the key; null when anonymous. */
  partnerId: number | null;
  /** Whether PARTNERS-visibility rows are readable: any partner holding a role. */
  partnersData: boolean;
  /** Scopes whose drafts and retracted rows are readable: "ALL" for an unscoped STEWARD. */
  stewardOf: "ALL" | { type: string; id: number }[];
  /** The partner's own actor, for network-member data (focal point contacts). */
  actor: { stateId: number | null; organisationId: number | null } | null;
}

export function accessOf(viewer: Viewer): ViewerAccess {
  if (viewer.kind !== "partner") return { all: false, partnerId: null, partnersData: false, stewardOf: [], actor: null };
  const all = viewer.grants.some((g) => g.role === "ADMIN");
  const stewards = viewer.grants.filter((g) => g.role === "STEWARD");
  const stewardOf = stewards.some((g) => g.scopeType === null) ? "ALL" : stewards.map((g) => ({ type: g.scopeType!, id: g.scopeId! }));
  return { all, partnerId: viewer.partnerId, partnersData: viewer.grants.length > 0, stewardOf, actor: viewer.actor };
}

/** A stable key per distinct access, for caching rewritten statements. */
export function accessKey(a: ViewerAccess): string {
  if (a.all) return "all";
  if (a.partnerId === null) return "anon";
  const scopes = a.stewardOf === "ALL" ? "ALL" : a.stewardOf.map((s) => `${s.type}:${s.id}`).join(",");
  return `p${a.partnerId}|${a.partnersData ? 1 : 0}|${scopes}|${a.actor?.stateId ?? ""}:${a.actor?.organisationId ?? ""}`;
}
