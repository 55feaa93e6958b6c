import type { Context } from "../context";
import { requirePartner } from "../auth/graphql/require-partner";
import { fromGlobalId } from "../global-id";
import { Citation } from "../../entities/citation.entity";
import { SourceLink } from "../../entities/source-link.entity";
import { RecordStatus } from "../../entities/enums/record-status.enum";
import type { Visibility } from "../../entities/enums/visibility.enum";
import { GUARDED_SUBJECTS, GUARDED_TABLES } from "../visibility/guarded-tables";
import { badInput } from "./input-problems";
import { editedPublication, requireCanEdit, requireCanPublish } from "./publication-rules";
import { loadVisible, updateVersioned } from "./versioned-row";
import { writableKind, type PublishedRow } from "./writable-kinds";
import { runWrite, type WriteTx } from "./write-tx";

/** A publication change: publish, retract (with a reason) or set the visibility. */
export type PublicationChange = { status: RecordStatus.PUBLISHED } | { status: RecordStatus.RETRACTED; reason: string } | { visibility: Visibility };

/**
 * Publishes, retracts or re-scopes the visibility of any record partners write, by global id, at
 * the version the caller read. Publishing also publishes the draft citations the record (or its
 * participants, passages…) was written with. Returns the record's type and key.
 */
export async function changePublication(ctx: Context, id: string, version: number, change: PublicationChange): Promise<{ type: string; pk: number }> {
  const partner = requirePartner(ctx.viewer);
  const decoded = fromGlobalId(id);
  const kind = decoded && writableKind(decoded.type);
  if (!decoded || !kind) badInput("id", "names no record you can see");
  if ("reason" in change && (!change.reason.trim() || change.reason.length > 1000)) badInput("reason", "is required: say why (at most 1000 characters)");
  return runWrite(ctx, partner, async (tx) => {
    const row = await loadVisible(tx, kind.entity, decoded.id, "id");
    const scope = kind.scopeOf(row);
    if ("status" in change) requireCanPublish(partner, scope);
    else requireCanEdit(partner, row, scope);
    const publication = {
      ...editedPublication(partner, row, scope),
      ...("status" in change ? { status: change.status, retractionReason: "reason" in change ? change.reason.trim() : null } : { visibility: change.visibility }),
    };
    await updateVersioned(tx, kind.entity, row, version, { publication });
    if ("status" in change && change.status === RecordStatus.PUBLISHED) await publishDraftCitations(tx, kind.typeName, row);
    return { type: kind.typeName, pk: decoded.id };
  });
}

/** The record's own draft citations, and those of its child rows (participants, passages…), published with it. */
async function publishDraftCitations(tx: WriteTx, typeName: string, row: PublishedRow): Promise<void> {
  const table = GUARDED_SUBJECTS[typeName];
  const subjects = [`(l.subject_type = '${typeName}' AND l.subject_id = ${row.pk})`];
  for (const [childType, childTable] of Object.entries(GUARDED_SUBJECTS)) {
    const guard = GUARDED_TABLES[childTable];
    if (guard?.kind === "parent" && guard.parent === table) {
      subjects.push(`(l.subject_type = '${childType}' AND l.subject_id IN (SELECT c.id FROM "${childTable}" c WHERE c.${guard.fk} = ${row.pk}))`);
    }
  }
  const links = await tx.manager.getRepository(SourceLink).createQueryBuilder("l").where(subjects.join(" OR ")).getMany();
  const ids = [...new Set(links.map((l) => l.citationId))];
  if (!ids.length) return;
  const drafts = await tx.manager.getRepository(Citation).createQueryBuilder("c").where("c.id IN (:...ids) AND c.pub_status = 'DRAFT'", { ids }).getMany();
  for (const citation of drafts) {
    if (citation.publication.partnerId !== row.publication.partnerId) continue;
    await updateVersioned(tx, Citation, citation, citation.publication.version, { publication: { status: RecordStatus.PUBLISHED, visibility: row.publication.visibility } });
  }
}
