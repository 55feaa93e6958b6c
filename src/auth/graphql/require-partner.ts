import { GraphQLError } from "graphql";
import { ErrorCode } from "../../errors/error-codes";
import { hasRole, type PartnerViewer, type Viewer } from "../viewer";
import type { Role, ScopeType } from "../roles";

/** UNAUTHENTICATED (HTTP 401) unless the request carries a partner key. */
export function requirePartner(viewer: Viewer): PartnerViewer {
  if (viewer.kind === "partner") return viewer;
  throw new GraphQLError("This field needs a partner API key: send `Authorization: Bearer <key>`.", {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map([["www-authenticate", `Bearer realm="partner-graph"`]]) } },
  });
}

/**
 * FORBIDDEN unless the partner holds `role` (or a higher one) over `scope`; `scopeLabel` names the
 * scope in the message (`network:r2p-focal-points`). Nothing has been written when this throws.
 */
export function requireRole(viewer: Viewer, role: Role, scope?: { type: ScopeType; id: number }, scopeLabel?: string): PartnerViewer {
  const partner = requirePartner(viewer);
  if (hasRole(partner, role, scope)) return partner;
  const where = scope ? ` over ${scopeLabel ?? `${scope.type.toLowerCase()} ${scope.id}`}` : "";
  throw new GraphQLError(`This needs the role ${role}${where}.`, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}
