import { Citation } from "../../../entities/citation.entity";
import { fromGlobalId } from "../../global-id";
import type { InputProblems } from "../input-problems";
import type { SourceSpec } from "../sources";
import type { WriteTx } from "../write-tx";

/**
 * Checks that the existing citations a write names are visible to the partner, *before* the record
 * is inserted: attachSources reports the same problem only after, and an import's record that has
 * a problem must have written nothing.
 */
export async function checkCitationRefs(tx: WriteTx, problems: InputProblems, path: string, sources: SourceSpec[]): Promise<void> {
  for (const [i, s] of sources.entries()) {
    if (s.citation == null) continue;
    const id = fromGlobalId(s.citation);
    const found = id?.type === "Citation" ? await tx.manager.getRepository(Citation).findOneBy({ pk: id.id }) : null;
    if (!found) problems.add(`${path}[${i}].citation`, "names no citation you can see");
  }
}

/** Whether any source carries the source's own words (what an out-of-order action must show). */
export function hasQuote(sources: SourceSpec[] | null | undefined): boolean {
  return (sources ?? []).some((s) => !!s.quote?.trim());
}

/**
 * The sources with the writer's out-of-order statement kept on the first quoted one's link note,
 * so the reason an action breaks the usual sequence stays with the words that prove it.
 */
export function withOutOfOrderNote(sources: SourceSpec[], outOfOrder: string | null | undefined): SourceSpec[] {
  if (!outOfOrder?.trim()) return sources;
  const at = sources.findIndex((s) => !!s.quote?.trim());
  return sources.map((s, i) => (i === at ? { ...s, note: [`Out of order: ${outOfOrder.trim()}`, s.note].filter(Boolean).join(" — ") } : s));
}
