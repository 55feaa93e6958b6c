import { GraphQLError } from "graphql";
import { ErrorCode } from "../../errors/error-codes";
import { hasRole, type PartnerViewer, type Viewer } from "../viewer";
import { requirePartner } from "./require-partner";

/**
 * Refuses a field the viewer may not use: UNAUTHENTICATED (HTTP 401) without a key, FORBIDDEN
 * (HTTP 403) for a partner without the role. The message names the role needed, nothing else.
 */
export function requireAdmin(viewer: Viewer): PartnerViewer {
  const partner = requirePartner(viewer);
  if (!hasRole(partner, "ADMIN")) {
    throw new GraphQLError("This field is for administrators (role ADMIN).", { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
  }
  return partner;
}
