import { GraphQLError } from "graphql";
import { ErrorCode } from "../../errors/error-codes";
import { hasRole, type PartnerViewer, type Viewer } from "../viewer";

/**
 * Refuses a field the viewer may not use: UNAUTHENTICATED (HTTP 401) without a key, FORBIDDEN
 * (HTTP 403) for a partner without the role. The message names the role needed, nothing else.
 */
export function requireAdmin(viewer: Viewer): PartnerViewer {
  if (viewer.kind !== "partner") {
    throw new GraphQLError("This field needs a partner API key: send `Authorization: Bearer <key>`.", {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map([["www-authenticate", `Bearer realm="partner-graph"`]]) } },
    });
  }
  if (!hasRole(viewer, "ADMIN")) {
    throw new GraphQLError("This field is for administrators (role ADMIN).", { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
  }
  return viewer;
}
