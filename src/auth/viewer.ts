import type { Response } from "express";
import type { Grant, Role, ScopeType } from "./roles";

/** The partner behind a valid key, as resolvers see it. */
export interface PartnerViewer {
  kind: "partner";
  partnerId: number;
  partnerName: string;
  partnerCreatedAt: string;
  keyId: number;
  keyPrefix: string;
  keyLabel: string | null;
  keyCreatedAt: string;
  keyExpiresAt: string;
  /** The actor the partner is: exactly one id is set; `key` is its natural key (`state:GH`, `organisation:gcr2p`). */
  actor: { stateId: number | null; organisationId: number | null; key: string };
  grants: Grant[];
}

/** Who sent the request: nobody in particular (no Authorization header), or a partner's key. */
export type Viewer = { kind: "anonymous" } | PartnerViewer;

export const ANONYMOUS: Viewer = Object.freeze({ kind: "anonymous" });

/** Set by the authenticate middleware; anonymous when it did not run (tests, other entry points). */
export function viewerOf(res: Response): Viewer {
  return (res.locals as { viewer?: Viewer }).viewer ?? ANONYMOUS;
}

export function setViewer(res: Response, viewer: Viewer): void {
  (res.locals as { viewer?: Viewer }).viewer = viewer;
}

/** Roles in order: each includes the ones before it (a STEWARD may also write drafts and read). */
const RANK: Record<Role, number> = { READER: 0, CONTRIBUTOR: 1, STEWARD: 2, ADMIN: 3 };

/**
 * Whether the viewer holds `role` or a higher one (ADMIN ⊇ STEWARD ⊇ CONTRIBUTOR ⊇ READER) over
 * `scope`. ADMIN covers every scope; an unscoped grant covers every scope; a scoped grant covers
 * its own scope only.
 */
export function hasRole(viewer: Viewer, role: Role, scope?: { type: ScopeType; id: number }): boolean {
  if (viewer.kind !== "partner") return false;
  return viewer.grants.some(
    (g) => g.role === "ADMIN" || (RANK[g.role] >= RANK[role] && (g.scopeType === null || (scope !== undefined && g.scopeType === scope.type && g.scopeId === scope.id))),
  );
}
