import type { PartnerViewer } from "../auth/viewer";
import { hasRole } from "../auth/viewer";
import { requireRole } from "../auth/graphql/require-partner";
import { RecordStatus } from "../../entities/enums/record-status.enum";
import { Visibility } from "../../entities/enums/visibility.enum";
import type { Publication } from "../../entities/publication.embedded";
import type { PublishedRow, Scope } from "./writable-kinds";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors/error-codes";

/**
 * Who may do what (issue 10 §2), for every kind alike:
 * - a CONTRIBUTOR of the scope creates drafts and edits its own drafts;
 * - a STEWARD of the scope edits, publishes and retracts anything in it;
 * - records without a scope are for ADMIN only (ADMIN holds every role everywhere).
 */
export function requireCanCreate(partner: PartnerViewer, scope: Scope | null): void {
  if (scope) requireRole(partner, "CONTRIBUTOR", scope);
  else requireRole(partner, "ADMIN");
}

export function requireCanEdit(partner: PartnerViewer, row: PublishedRow, scope: Scope | null): void {
  if (scope ? hasRole(partner, "STEWARD", scope) : hasRole(partner, "ADMIN")) return;
  const ownDraft = row.publication.status === RecordStatus.DRAFT && row.publication.partnerId === partner.partnerId;
  if (ownDraft && (scope ? hasRole(partner, "CONTRIBUTOR", scope) : false)) return;
  requireRole(partner, "CONTRIBUTOR", scope ?? undefined);
  throw new GraphQLError("Only your own drafts can be changed with the role CONTRIBUTOR; a published record is changed by a STEWARD of its scope.", {
    extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
  });
}

export function requireCanPublish(partner: PartnerViewer, scope: Scope | null): void {
  if (scope) requireRole(partner, "STEWARD", scope);
  else requireRole(partner, "ADMIN");
}

/** The publication state of a record a partner creates: a draft of that partner, in `scope`. */
export function draftPublication(partner: PartnerViewer, scope: Scope | null, visibility: Visibility | null | undefined): Publication {
  return {
    status: RecordStatus.DRAFT,
    visibility: visibility ?? Visibility.PUBLIC,
    version: 1,
    partnerId: partner.partnerId,
    scopeType: scope?.type ?? null,
    scopeId: scope?.id ?? null,
    retractionReason: null,
  };
}

/**
 * The publication columns an edit sets: a seed row becomes the editing partner's (the seed leaves
 * it alone from then on); a partner's row keeps its author. The scope follows the row's values.
 */
export function editedPublication(partner: PartnerViewer, row: PublishedRow, scope: Scope | null): Partial<Publication> {
  return { partnerId: row.publication.partnerId ?? partner.partnerId, scopeType: scope?.type ?? null, scopeId: scope?.id ?? null };
}
