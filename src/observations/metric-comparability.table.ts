import { ObservationMetric as M } from "../../entities/enums/observation-metric.enum";

/**
 * Two metrics that count overlapping things: everything `narrower` counts is also counted by
 * `wider`, so at the same time `narrower` can never be larger. Reports of such metrics are compared
 * (see observation-conflict.rule.ts): "14 Ministers" against "10 at the ministerial level" is a
 * disagreement, "12 Ministers" against "14 at the ministerial level" is not.
 */
export interface MetricComparison {
  narrower: M;
  wider: M;
  /** Why every item of `narrower` is an item of `wider`. */
  why: string;
}

/**
 * The comparable pairs, kept small and explicit: a pair belongs here only when the metrics'
 * definitions (observation-metric.enum.ts) make one a part of the other. Metrics not listed are
 * never compared with each other: COUNTRIES and STATES (countries taking part may include
 * non-member observers), MEMBERS and PARTNERS (partners are not members), SIGNATORIES and STATES
 * (a document's signatories include organisations, and its STATES are not always its signatories).
 */
export const METRIC_COMPARISONS: readonly MetricComparison[] = [
  {
    narrower: M.MINISTERS,
    wider: M.MINISTERIAL_LEVEL_PARTICIPANTS,
    why: "A minister who takes part takes part at ministerial level; the ministerial level may count others too (e.g. vice-ministers), never fewer. So the 2011 roundtable's '14 Ministers' (joint statement) and '10 at the ministerial level' (GCR2P) cannot both hold.",
  },
  {
    narrower: M.MINISTERS,
    wider: M.HIGH_LEVEL_PARTICIPANTS,
    why: "High-level participants are 'Ministers, High Level representatives and regional organisations' counted together.",
  },
  {
    narrower: M.MINISTERIAL_LEVEL_PARTICIPANTS,
    wider: M.HIGH_LEVEL_PARTICIPANTS,
    why: "Participants at ministerial level are ministers or high-level representatives, both counted among high-level participants.",
  },
  {
    narrower: M.STATES,
    wider: M.MEMBERS,
    why: "A network's MEMBERS are its states and organisations together, so it has no more member states than members: 49 member states plus the EU (2017) agrees with 50 members.",
  },
];

/** How `a` relates to `b`: the same metric, part of it, containing it, or not comparable. */
export type MetricRelation = "SAME" | "NARROWER" | "WIDER" | null;

export function metricRelation(a: M, b: M): MetricRelation {
  if (a === b) return "SAME";
  for (const c of METRIC_COMPARISONS) {
    if (c.narrower === a && c.wider === b) return "NARROWER";
    if (c.narrower === b && c.wider === a) return "WIDER";
  }
  return null;
}
