import type { Observation } from "../../entities/observation.entity";
import { ObservationQualifier } from "../../entities/enums/observation-qualifier.enum";
import { DateQualifier } from "../../entities/enums/date-qualifier.enum";
import { presentDate } from "../../entities/partial-date.embedded";
import { metricRelation } from "./metric-comparability.table";

/**
 * When two reported counts disagree. Two observations conflict when all of these hold:
 *  1. they are about the same subject;
 *  2. they measure the same quantity: the same metric, or metrics the comparability table relates
 *     (metric-comparability.table.ts);
 *  3. they refer to the same time: both dated, and one date lies within the other (so they agree at
 *     the coarser precision: "2024" and "18 January 2024"), neither date open-ended ("by …",
 *     "… or later"); or both undated and the subject is a one-off (a meeting or a document), so
 *     both speak of the event itself;
 *  4. they come from different sources (citations): one source's different statements are
 *     different things it counts, not a disagreement;
 *  5. their values cannot both be true: the ranges the qualifiers allow do not meet (for a part and
 *     its whole: the part's least value exceeds the whole's greatest).
 * Counts of one thing at different times are a time series (`observationSeries`), not conflicts.
 */

/** Subjects that happen once: their undated counts all describe the same moment. */
export const ONE_OFF_SUBJECT_TYPES: ReadonlySet<string> = new Set(["Meeting", "Document"]);

/** Relative tolerance of ABOUT ("about 150", "nearly 70"): 10 %, at least 1. */
export const ABOUT_TOLERANCE = 0.1;

/** The values a reported count allows, as a closed range (`Infinity` for open-ended counts). */
export function valueRange(o: Pick<Observation, "value" | "qualifier">): [number, number] {
  switch (o.qualifier) {
    case ObservationQualifier.EXACT: return [o.value, o.value];
    case ObservationQualifier.AT_LEAST: return [o.value, Infinity];
    case ObservationQualifier.MORE_THAN: return [o.value + 1, Infinity];
    case ObservationQualifier.ABOUT: {
      const t = Math.max(1, Math.ceil(o.value * ABOUT_TOLERANCE));
      return [o.value - t, o.value + t];
    }
    default: return [o.value, o.value];
  }
}

const OPEN_ENDED = new Set<string>([DateQualifier.ON_OR_BEFORE, DateQualifier.ON_OR_AFTER]);

/** Whether two counts refer to the same time (rule 3). */
export function sameTime(a: Observation, b: Observation): boolean {
  const da = presentDate(a.asOfAt);
  const db = presentDate(b.asOfAt);
  if (!da && !db) return ONE_OFF_SUBJECT_TYPES.has(a.subjectType);
  if (!da || !db) return false;
  if (OPEN_ENDED.has(da.qualifier) || OPEN_ENDED.has(db.qualifier)) return false;
  const within = (x: typeof da, y: typeof da) => x.earliest <= y.earliest && y.latest <= x.latest;
  return within(da, db) || within(db, da);
}

/** Whether the two values cannot both be true, given how their metrics relate (rule 5). */
function incompatible(a: Observation, b: Observation, relation: "SAME" | "NARROWER" | "WIDER"): boolean {
  const [aLow, aHigh] = valueRange(a);
  const [bLow, bHigh] = valueRange(b);
  switch (relation) {
    case "SAME": return aHigh < bLow || bHigh < aLow;
    case "NARROWER": return aLow > bHigh;
    case "WIDER": return bLow > aHigh;
  }
}

/** Whether `a` and `b` are a real disagreement between sources (all five rules). */
export function conflictsWith(a: Observation, b: Observation): boolean {
  if (a.pk === b.pk || a.subjectType !== b.subjectType || a.subjectId !== b.subjectId) return false;
  if (a.citationId === b.citationId) return false;
  const relation = metricRelation(a.metric, b.metric);
  if (!relation || !sameTime(a, b)) return false;
  return incompatible(a, b, relation);
}
