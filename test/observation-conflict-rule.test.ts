import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { Observation } from "../entities/observation.entity";
import { ObservationMetric as M } from "../entities/enums/observation-metric.enum";
import { ObservationQualifier as Q } from "../entities/enums/observation-qualifier.enum";
import { parsePartialDate } from "../seeds/loader/partial-date";
import { conflictsWith, valueRange } from "../src/observations/observation-conflict.rule";
import { METRIC_COMPARISONS, metricRelation } from "../src/observations/metric-comparability.table";
import { observationSeries } from "../src/observations/observation-series.order";
import type { PartialDateInput } from "../seeds/seed.types";

/** The comparison rule on its own, without a database: one case per clause. */
let nextPk = 1;
function obs(metric: M, value: number, qualifier: Q, asOf: PartialDateInput | null, citationId: number, subjectType = "Meeting"): Observation {
  return Object.assign(new Observation(), { pk: nextPk++, subjectType, subjectId: 1, metric, value, qualifier, asOfAt: parsePartialDate(asOf), citationId, text: null, note: null });
}
const both = (a: Observation, b: Observation) => [conflictsWith(a, b), conflictsWith(b, a)];

describe("observation conflict rule", () => {
  it("EXACT 14 vs EXACT 10 conflict; MORE_THAN 20 vs EXACT 25 do not; ABOUT allows 10 %", () => {
    expect(both(obs(M.MINISTERS, 14, Q.EXACT, null, 1), obs(M.MINISTERS, 10, Q.EXACT, null, 2))).toEqual([true, true]);
    expect(both(obs(M.COUNTRIES, 20, Q.MORE_THAN, null, 1), obs(M.COUNTRIES, 25, Q.EXACT, null, 2))).toEqual([false, false]);
    expect(both(obs(M.COUNTRIES, 20, Q.MORE_THAN, null, 1), obs(M.COUNTRIES, 20, Q.EXACT, null, 2))).toEqual([true, true]);
    expect(both(obs(M.COUNTRIES, 20, Q.AT_LEAST, null, 1), obs(M.COUNTRIES, 20, Q.EXACT, null, 2))).toEqual([false, false]);
    expect(valueRange({ value: 70, qualifier: Q.ABOUT })).toEqual([63, 77]);
    expect(valueRange({ value: 5, qualifier: Q.ABOUT })).toEqual([4, 6]);
  });

  it("a part may not exceed its whole, and may be smaller", () => {
    const ministers = obs(M.MINISTERS, 14, Q.EXACT, "2011-09-23", 1);
    expect(both(ministers, obs(M.MINISTERIAL_LEVEL_PARTICIPANTS, 10, Q.EXACT, "2011-09-23", 2))).toEqual([true, true]);
    expect(both(ministers, obs(M.MINISTERIAL_LEVEL_PARTICIPANTS, 16, Q.EXACT, "2011-09-23", 2))).toEqual([false, false]);
    expect(both(ministers, obs(M.COUNTRIES, 10, Q.EXACT, "2011-09-23", 2))).toEqual([false, false]); // not comparable
    expect(metricRelation(M.STATES, M.MEMBERS)).toBe("NARROWER");
    expect(metricRelation(M.MEMBERS, M.STATES)).toBe("WIDER");
    expect(metricRelation(M.MEMBERS, M.PARTNERS)).toBeNull();
    expect(METRIC_COMPARISONS.every((c) => c.why.length > 20 && c.narrower !== c.wider)).toBe(true);
  });

  it("same time: nested dates at the coarser precision; different dates are a series; open-ended dates never match", () => {
    expect(both(obs(M.STATES, 56, Q.EXACT, "2024-01-18", 1, "Network"), obs(M.STATES, 55, Q.EXACT, "2024", 2, "Network"))).toEqual([true, true]);
    expect(both(obs(M.STATES, 55, Q.EXACT, "2016-09", 1, "Network"), obs(M.STATES, 58, Q.EXACT, "2017-04-28", 2, "Network"))).toEqual([false, false]);
    const by = { date: "2016-09-23", qualifier: "ON_OR_AFTER" };
    expect(both(obs(M.MEMBERS, 45, Q.EXACT, "2016-09-23", 1, "Network"), obs(M.MEMBERS, 60, Q.EXACT, by, 2, "Network"))).toEqual([false, false]);
  });

  it("undated: the same time on a meeting or document, unknown on a network or treaty", () => {
    expect(both(obs(M.ORDINAL, 8, Q.EXACT, null, 1), obs(M.ORDINAL, 9, Q.EXACT, null, 2))).toEqual([true, true]);
    expect(both(obs(M.STATES, 8, Q.EXACT, null, 1, "Document"), obs(M.STATES, 9, Q.EXACT, null, 2, "Document"))).toEqual([true, true]);
    expect(both(obs(M.MEMBERS, 50, Q.EXACT, null, 1, "Network"), obs(M.MEMBERS, 51, Q.EXACT, null, 2, "Network"))).toEqual([false, false]);
    expect(both(obs(M.MEMBERS, 50, Q.EXACT, "2017", 1, "Network"), obs(M.MEMBERS, 51, Q.EXACT, null, 2, "Network"))).toEqual([false, false]);
  });

  it("one source's different statements, and reports about different subjects, are not conflicts", () => {
    expect(both(obs(M.STATES, 8, Q.EXACT, null, 7), obs(M.STATES, 13, Q.EXACT, null, 7))).toEqual([false, false]);
    const other = Object.assign(obs(M.STATES, 13, Q.EXACT, null, 2), { subjectId: 2 });
    expect(both(obs(M.STATES, 8, Q.EXACT, null, 1), other)).toEqual([false, false]);
  });

  it("a series: one metric, dated, oldest first (earliest day, then latest day, then storage order)", () => {
    const list = [
      obs(M.MEMBERS, 99, Q.EXACT, "2023-06", 1, "Network"),
      obs(M.MEMBERS, 51, Q.EXACT, null, 1, "Network"),
      obs(M.PARTNERS, 50, Q.MORE_THAN, "2016-09-23", 1, "Network"),
      obs(M.MEMBERS, 80, Q.MORE_THAN, "2018-05", 1, "Network"),
      obs(M.MEMBERS, 60, Q.EXACT, "2018", 1, "Network"),
      obs(M.MEMBERS, 45, Q.EXACT, "2016-09-23", 1, "Network"),
    ];
    expect(observationSeries(list, M.MEMBERS).map((o) => o.value)).toEqual([45, 60, 80, 99]);
    expect(observationSeries(list, M.PARTNERS).map((o) => o.value)).toEqual([50]);
    expect(observationSeries(list).map((o) => o.value)).toEqual([50, 45, 60, 80, 99]); // same day: storage order
  });
});
