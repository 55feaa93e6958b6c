import type { Observation } from "../../entities/observation.entity";
import type { ObservationMetric } from "../../entities/enums/observation-metric.enum";
import { presentDate } from "../../entities/partial-date.embedded";

/**
 * One metric of one subject over time (every metric when none is given): its dated reports, oldest first (by the earliest day the
 * date can mean, then the latest, then the order they were stored in). Reports of the same date
 * from different sources stay side by side (their disagreement is in `conflicts`). Undated reports
 * cannot be placed in time and are left out; the subject's `observations` still lists them.
 */
export function observationSeries(observations: readonly Observation[], metric?: ObservationMetric | null): Observation[] {
  return observations
    .filter((o) => (metric == null || o.metric === metric) && presentDate(o.asOfAt))
    .sort((a, b) => cmp(a.asOfAt.earliest, b.asOfAt.earliest) || cmp(a.asOfAt.latest, b.asOfAt.latest) || a.pk - b.pk);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
