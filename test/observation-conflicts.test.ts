import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * `Observation.conflicts` links only real disagreements: other sources, same subject, same quantity,
 * same time, values that cannot both hold (src/observations/observation-conflict.rule.ts). One count
 * at different dates is a time series (`observationSeries`), and one source's different statements
 * are different things it counts. Issue 9 §3 counted 59 conflict pairs in the seed data under the old
 * rule (same metric, other value or qualifier); 17 remain, all real (see SEED_PAIRS).
 */
let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const OBS = `id metric value qualifier text asOf { iso } source { url } conflicts { metric value qualifier source { url } }`;
type Obs = { id: string; metric: string; value: number; qualifier: string; text: string | null; asOf: { iso: string } | null; source: { url: string }; conflicts: Obs[] };

async function ok(query: string, variables?: Record<string, unknown>) {
  const r = await hub.gql(query, variables);
  expect(r.errors, query).toBeUndefined();
  return r;
}
async function meeting(filter: Record<string, unknown>, key: string) {
  const r = await ok(`query($f: MeetingFilter) { meetings(filter: $f, first: 5) { nodes { key observations { ${OBS} } } } }`, { f: filter });
  const m = r.data.meetings.nodes.find((n: { key: string }) => n.key === key);
  expect(m, key).toBeDefined();
  return { observations: m.observations as Obs[], statements: r.statements };
}
const find = (list: Obs[], metric: string, value: number, qualifier = "EXACT") => {
  const o = list.find((x) => x.metric === metric && x.value === value && x.qualifier === qualifier);
  expect(o, `${metric} ${qualifier} ${value}`).toBeDefined();
  return o!;
};
const values = (list: { value: number }[]) => list.map((o) => o.value);

describe("the 2011 ministerial roundtable: a real disagreement, linked both ways", () => {
  it("'14 Ministers' (joint statement) conflicts with '10 at the ministerial level' (GCR2P), in three statements", async () => {
    const { observations, statements } = await meeting({ series: "R2P_ANNUAL_MINISTERIAL_MEETING", ungaSession: 66 }, "r2p-ministerial-2011");
    const ministers = find(observations, "MINISTERS", 14);
    const ministerial = find(observations, "MINISTERIAL_LEVEL_PARTICIPANTS", 10);
    expect(ministers.text).toContain("14 Ministers");
    expect(ministerial.text).toContain("10 at the ministerial level");
    expect(ministers.conflicts).toEqual([{ metric: "MINISTERIAL_LEVEL_PARTICIPANTS", value: 10, qualifier: "EXACT", source: { url: "http://www.globalr2p.org/resources/390" } }]);
    expect(ministerial.conflicts).toEqual([{ metric: "MINISTERS", value: 14, qualifier: "EXACT", source: ministers.source }]);
    // "25 countries" is context, not a rival count of ministers; the ordinal has no rival either.
    expect(find(observations, "COUNTRIES", 25).conflicts).toEqual([]);
    expect(find(observations, "ORDINAL", 4).conflicts).toEqual([]);
    expect(statements).toBe(3); // meetings, observations, citations (conflicts reuse both batches)
  });

  it("reached from the observation itself (node), in two statements", async () => {
    const { observations } = await meeting({ series: "R2P_ANNUAL_MINISTERIAL_MEETING", ungaSession: 66 }, "r2p-ministerial-2011");
    const r = await ok(`query($id: ID!) { node(id: $id) { ... on Observation { conflicts { metric value } } } }`, { id: find(observations, "MINISTERIAL_LEVEL_PARTICIPANTS", 10).id });
    expect(r.data.node.conflicts).toEqual([{ metric: "MINISTERS", value: 14 }]);
    expect(r.statements).toBe(2); // the observation, then its subject's observations
  });
});

describe("a time series is not a disagreement", () => {
  it("the Group of Friends' member count over time: ordered, dated, no conflicts between the years", async () => {
    const r = await ok(`{ network(slug: "group-of-friends-r2p") {
      members: observationSeries(metric: MEMBERS) { value asOf { iso } conflicts { value } }
      states: observationSeries(metric: STATES) { value asOf { iso } conflicts { value asOf { iso } } } } }`);
    const { members, states } = r.data.network;
    // 45 (2014), 49 (2015), 50 (2016), 50 (2017); the undated 51 ("22 May, year not given") cannot be placed in time.
    expect(members.map((o: any) => `${o.asOf.iso} ${o.value}`)).toEqual(["2014-09-08 45", "2015-09-08 49", "2016-09-06 50", "2017-09-06 50"]);
    expect(members.every((o: any) => o.conflicts.length === 0)).toBe(true);
    // 49 member states (2017) and the 2024 pair; 2024 and 18 January 2024 agree at the coarser precision, so 56 vs 55 is a disagreement.
    expect(states.map((o: any) => `${o.asOf.iso} ${o.value}`)).toEqual(["2017-09-06 49", "2024 55", "2024-01-18 56"]);
    expect(states[0].conflicts).toEqual([]);
    expect(states[1].conflicts).toEqual([{ value: 56, asOf: { iso: "2024-01-18" } }]);
    expect(states[2].conflicts).toEqual([{ value: 55, asOf: { iso: "2024" } }]);
    expect(r.statements).toBe(2); // the network, its observations (both series share the batch)
  });

  it("focal points, supporting states and signatures grow over time without conflicting", async () => {
    const r = await ok(`{
      fp: network(slug: "r2p-focal-points") { observationSeries(metric: STATES) { value conflicts { value } } }
      mla: network(slug: "mla-initiative") { observationSeries(metric: SUPPORTING_STATES) { value conflicts { value } } }
      lhc: treatyProposal(slug: "ljubljana-the-hague-convention") { observationSeries(metric: SIGNATORIES) { value asOf { iso } conflicts { value } } } }`);
    expect(values(r.data.fp.observationSeries)).toEqual([17, 50, 55, 58, 61]);
    expect(values(r.data.mla.observationSeries)).toEqual([52, 60, 80]);
    expect(r.data.lhc.observationSeries.map((o: any) => o.asOf.iso)).toEqual(["2024-02-15", "2024-09-24", "2025-05-26"]);
    expect(values(r.data.lhc.observationSeries)).toEqual([33, 36, 40]);
    for (const series of [r.data.fp, r.data.mla, r.data.lhc].map((x) => x.observationSeries)) expect(series.flatMap((o: any) => o.conflicts)).toEqual([]);
  });

  it("is batched: every network's series in one statement, whatever the number of networks", async () => {
    const r = await ok(`{ networks(first: 100) { nodes { slug observationSeries(metric: MEMBERS) { value } } } }`);
    const bySlug = Object.fromEntries(r.data.networks.nodes.map((n: any) => [n.slug, values(n.observationSeries)]));
    expect(bySlug["group-of-friends-r2p"]).toEqual([45, 49, 50, 50]);
    expect(r.statements).toBe(2); // the page, every network's observations
    const all = await ok(`{ network(slug: "group-of-friends-r2p") { observationSeries { metric value } } }`);
    expect(all.data.network.observationSeries.map((o: any) => o.metric)).toEqual(["MEMBERS", "MEMBERS", "MEMBERS", "STATES", "MEMBERS", "STATES", "STATES"]);
  });
});

describe("one source's different statements are not a disagreement", () => {
  it("the 2014 dialogue: 8 states (focal points) and twice 13 states (two different questions), all from one GCR2P news item", async () => {
    const { observations, statements } = await meeting({ series: "UNGA_INFORMAL_INTERACTIVE_DIALOGUE_ON_R2P", from: "2014-01-01", to: "2014-12-31" }, "unga-iid-r2p-2014");
    const states = observations.filter((o) => o.metric === "STATES");
    expect(values(states).sort()).toEqual([13, 13, 8]);
    expect(new Set(states.map((o) => o.source.url)).size).toBe(1);
    expect(states.flatMap((o) => o.conflicts)).toEqual([]);
    // …while two GCR2P pages disagree on how many states the speakers spoke for.
    expect(find(observations, "ON_BEHALF_OF", 81).conflicts.map((o) => o.value)).toEqual([83]);
    expect(statements).toBe(3);
  });

  it("the WPS launch text's '41 + 3 signed' and its 'partnered with more than 50' are two statements, not two counts of members", async () => {
    const r = await ok(`{ network(slug: "wps-focal-points") { observations { ${OBS} } } }`);
    const partners = find(r.data.network.observations, "PARTNERS", 50, "MORE_THAN");
    expect(partners.text).toBe("has partnered with more than 50 countries and organisations");
    expect(partners.conflicts).toEqual([]);
    expect(find(r.data.network.observations, "MEMBERS", 44).conflicts.map((o: Obs) => o.value)).toEqual([45]);
    expect(r.statements).toBe(3);
  });
});

describe("'partnered with more than 50 countries and organisations' (WPS, 2016) is not a membership count", () => {
  it("is a PARTNERS observation, outside the member-count series", async () => {
    const r = await ok(`{ network(slug: "wps-focal-points") {
      members: observationSeries(metric: MEMBERS) { value qualifier asOf { iso } source { url } }
      partners: observationSeries(metric: PARTNERS) { value qualifier text } } }`);
    const { members, partners } = r.data.network;
    expect(members.map((o: any) => `${o.asOf.iso} ${o.qualifier} ${o.value}`)).toEqual(["2016-09-23 EXACT 45", "2016-09-23 EXACT 44", "2018-05 MORE_THAN 80", "2023-06 EXACT 99"]);
    expect(members.some((o: any) => o.value === 50)).toBe(false);
    expect(partners).toEqual([{ value: 50, qualifier: "MORE_THAN", text: "has partnered with more than 50 countries and organisations" }]);
    expect(r.statements).toBe(3); // network, observations, citations
  });
});

describe("values that can both hold do not conflict", () => {
  it("the Convention's adoption: 68 vs 70 and 79 conflict; 'nearly 70' and 'more than 70' allow several of them", async () => {
    const { observations } = await meeting({ title: "Diplomatic Conference for formal negotiations" }, "mla-ljubljana-diplomatic-conference-2023");
    const rivals = (o: Obs) => o.conflicts.map((c) => `${c.qualifier} ${c.value}`).sort();
    const adopting = observations.filter((o) => o.metric === "ADOPTING_STATES");
    expect(rivals(adopting.find((o) => o.value === 68)!)).toEqual(["EXACT 70", "EXACT 79", "MORE_THAN 70"]);
    expect(rivals(find(observations, "ADOPTING_STATES", 70, "ABOUT"))).toEqual(["EXACT 79"]);
    expect(rivals(find(observations, "ADOPTING_STATES", 79))).toEqual(["ABOUT 70", "EXACT 68", "EXACT 68", "EXACT 70"]);
    expect(rivals(find(observations, "ADOPTING_STATES", 70, "MORE_THAN"))).toEqual(["EXACT 68", "EXACT 68", "EXACT 70"]);
  });

  it("49 member states plus the EU (2017) agrees with 50 members: a part within its whole", async () => {
    const r = await ok(`{ network(slug: "group-of-friends-r2p") { observations { metric value asOf { iso } conflicts { value } } } }`);
    const at2017 = r.data.network.observations.filter((o: any) => o.asOf?.iso === "2017-09-06");
    expect(at2017.map((o: any) => `${o.metric} ${o.value}`).sort()).toEqual(["MEMBERS 50", "STATES 49"]);
    expect(at2017.flatMap((o: any) => o.conflicts)).toEqual([]);
  });
});

/** Every conflict pair in the seed data, named `subject: a vs b`. */
const SEED_PAIRS = [
  "group-of-friends-r2p: STATES 55 vs STATES 56",
  "ljubljana-diplomatic: ADOPTING_STATES 68 vs ADOPTING_STATES 70", // the Hague mayor and Delo each give 68: two pairs each
  "ljubljana-diplomatic: ADOPTING_STATES 68 vs ADOPTING_STATES 70",
  "ljubljana-diplomatic: ADOPTING_STATES 68 vs ADOPTING_STATES 79",
  "ljubljana-diplomatic: ADOPTING_STATES 68 vs ADOPTING_STATES 79",
  "ljubljana-diplomatic: ADOPTING_STATES 68 vs ADOPTING_STATES >70",
  "ljubljana-diplomatic: ADOPTING_STATES 68 vs ADOPTING_STATES >70",
  "ljubljana-diplomatic: ADOPTING_STATES 70 vs ADOPTING_STATES 79",
  "ljubljana-diplomatic: ADOPTING_STATES 70 vs ADOPTING_STATES >70",
  "ljubljana-diplomatic: ADOPTING_STATES 79 vs ADOPTING_STATES ~70",
  "ljubljana-diplomatic: OBSERVER_STATES 14 vs OBSERVER_STATES 15",
  "r2p-ministerial-2011: MINISTERIAL_LEVEL_PARTICIPANTS 10 vs MINISTERS 14",
  "unga-iid-r2p-2014: ON_BEHALF_OF 81 vs ON_BEHALF_OF 83",
  "unga-iid-r2p-2017: ORDINAL 8 vs ORDINAL 9",
  "wps-focal-points: MEMBERS 44 vs MEMBERS 45",
  "wps-fpn-joint-communique-2016: SIGNATORIES 44 vs SIGNATORIES 45",
  "wps-fpn-joint-communique-2016: STATES 41 vs STATES 42",
];

describe("the seed data's conflict pairs", () => {
  it("are 17 (59 under the old rule), every link reciprocated", async () => {
    const label = (o: any) => `${o.metric} ${{ EXACT: "", MORE_THAN: ">", ABOUT: "~", AT_LEAST: ">=" }[o.qualifier as string]}${o.value}`;
    const pairs: string[] = [];
    for (const [root, key] of [["meetings", "key"], ["networks", "slug"], ["documents", "key"], ["treatyProposals", "slug"]]) {
      const r = await ok(`{ ${root}(first: 100) { pageInfo { hasNextPage } nodes { ${key} observations { id metric value qualifier conflicts { id metric value qualifier } } } } }`);
      expect(r.data[root].pageInfo.hasNextPage).toBe(false);
      expect(r.statements).toBe(2); // the page, every subject's observations
      for (const node of r.data[root].nodes) {
        const ids = new Map(node.observations.map((o: any) => [o.id, o]));
        for (const o of node.observations) {
          for (const c of o.conflicts) {
            expect((ids.get(c.id) as any)?.conflicts.map((x: any) => x.id), `${node[key]} ${c.id}`).toContain(o.id);
            if (o.id < c.id) pairs.push(`${String(node[key]).replace(/^mla-(ljubljana-diplomatic)-conference-2023$/, "$1")}: ${[label(o), label(c)].sort().join(" vs ")}`);
          }
        }
      }
    }
    expect(pairs.sort()).toEqual([...SEED_PAIRS].sort());
  });
});
