import { parsePartialDate as d } from "./partial-date";
import { syncRows } from "./sync";
import { Observation } from "../../entities/observation.entity";
import { SourceLink } from "../../entities/source-link.entity";
import { ObservationQualifier } from "../../entities/enums/observation-qualifier.enum";
import type { SeedWriter } from "./seed-writer";

/** Observations and source links, collected by the other steps; written last, when every subject has its id. */
export async function writeProvenance(w: SeedWriter): Promise<void> {
  const { m, stats, links, observations, ids } = w;
  await syncRows(m, Observation, observations.flatMap(({ type, pk, list }) => list.map((o) => {
    const src = typeof o.source === "string" ? { citation: o.source } : o.source;
    return {
      subjectType: type, subjectId: pk, metric: o.metric, value: o.value, qualifier: o.qualifier ?? ObservationQualifier.EXACT, asOfAt: d(o.asOf),
      text: o.text ?? src.quote ?? null, note: o.note ?? src.note ?? null, citationId: ids.citation.get(src.citation)!,
    };
  })), stats, { returnIds: false });
  await syncRows(m, SourceLink, links.flatMap(({ type, pk, sources }) => sources.map((s) => {
    const src = typeof s === "string" ? { citation: s } : s;
    return { subjectType: type, subjectId: pk, citationId: ids.citation.get(src.citation)!, quote: src.quote ?? null, note: src.note ?? null };
  })), stats, { returnIds: false });
}
