import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { readSeedFiles } from "../seeds/loader/read-seed-files";
import { validateSeeds } from "../seeds/loader/validate";
import { SEED_DATA_DIR } from "../seeds/seed.loader";

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const PLAN = `
  key status title city country { alpha3 } network { slug }
  start { precision iso text earliest latest }
  realisedAs { key status start { iso } end { iso } city }
  announcedIn { kind text actors { name } document { key } }
  sources { quote note citation { publisher url } }
`;

/** The planned meetings of a network, with the selection above. */
const plans = (network: string) => hub.gql(`query($n: String!) { meetings(filter: { network: $n, status: [PLANNED] }) { totalCount nodes { ${PLAN} } } }`, { n: network });

describe("the R2P focal points' meeting planned for the first half of 2012", () => {
  it("is a PLANNED meeting with a half-year date, realised as the 29 September 2012 meeting", async () => {
    const r = await plans("r2p-focal-points");
    expect(r.errors).toBeUndefined();
    expect(r.data.meetings.totalCount).toBe(1);
    const plan = r.data.meetings.nodes[0];
    expect(plan).toMatchObject({
      key: "r2p-fp-2012-planned",
      status: "PLANNED",
      city: null,
      country: null,
      network: { slug: "r2p-focal-points" },
      start: { precision: "HALF_YEAR", iso: "2012-H1", text: "first half of 2012", earliest: "2012-01-01", latest: "2012-06-30" },
      realisedAs: { key: "r2p-fp-2012-new-york", status: "HELD", start: { iso: "2012-09-29" }, end: null, city: "New York" },
    });
    // The passage that announced it, in the joint press statement's own words (no editorial note).
    expect(plan.announcedIn).toEqual([{
      kind: "ANNOUNCEMENT",
      text: "The next meeting of national focal points from capitals will be held in the first half of 2012.",
      actors: [{ name: "Costa Rica" }, { name: "Denmark" }, { name: "Ghana" }],
      document: { key: "r2p-fp-2011-joint-press-statement" },
    }]);
    expect(plan.sources[0]).toMatchObject({ citation: { publisher: "Permanent Mission of Ghana to the United Nations" }, quote: expect.stringContaining("in the first half of 2012") });
    expect(plan.sources[1].note).toContain("29 September 2012");
    // page, count, network, realisedAs, announcedIn, the passage's actors, their states, the document, sources, citations
    expect(r.statements).toBe(10);
  });

  it("is what the 2011 joint press statement's announcement points at", async () => {
    const r = await hub.gql(`{ documents(filter: { author: "CRI", from: "2011-05-18", to: "2011-05-18" }) { nodes { key commitments(kinds: [ANNOUNCEMENT]) { text meeting { key status start { precision } } } } } }`);
    expect(r.errors).toBeUndefined();
    const statement = r.data.documents.nodes.find((d: any) => d.key === "r2p-fp-2011-joint-press-statement");
    const next = statement.commitments.find((c: any) => c.text.includes("first half of 2012"));
    expect(next).toEqual({
      text: "The next meeting of national focal points from capitals will be held in the first half of 2012.",
      meeting: { key: "r2p-fp-2012-planned", status: "PLANNED", start: { precision: "HALF_YEAR" } },
    });
    expect(r.statements).toBe(3);
  });

  it("is listed by the held meeting as its plan; other meetings have none", async () => {
    const r = await hub.gql(`{ meetings(filter: { network: "r2p-focal-points", from: "2011-01-01", to: "2012-12-31" }) { nodes { key status plannedAs { key start { text } } realisedAs { key } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.meetings.nodes).toEqual([
      { key: "r2p-fp-2011-new-york", status: "HELD", plannedAs: [], realisedAs: null },
      { key: "r2p-fp-2012-preparatory-workshop", status: "HELD", plannedAs: [], realisedAs: null },
      { key: "r2p-fp-2012-new-york", status: "HELD", plannedAs: [{ key: "r2p-fp-2012-planned", start: { text: "first half of 2012" } }], realisedAs: null },
    ]);
    // the page, then the plans of all three in one statement
    expect(r.statements).toBe(2);
  });
});

describe("the WPS network's meeting announced for 2017 in Alicante", () => {
  it("is a PLANNED meeting dated to the year, in Alicante, realised as the 26–27 April 2017 meeting", async () => {
    const r = await plans("wps-focal-points");
    expect(r.errors).toBeUndefined();
    expect(r.data.meetings.nodes).toHaveLength(1);
    const plan = r.data.meetings.nodes[0];
    expect(plan).toMatchObject({
      key: "wps-fpn-2017-alicante-planned",
      status: "PLANNED",
      city: "Alicante",
      country: { alpha3: "ESP" },
      start: { precision: "YEAR", iso: "2017", text: "2017", earliest: "2017-01-01", latest: "2017-12-31" },
      realisedAs: { key: "wps-fpn-2017-alicante", status: "HELD", start: { iso: "2017-04-26" }, end: { iso: "2017-04-27" }, city: "Alicante" },
    });
    expect(plan.announcedIn).toHaveLength(1);
    expect(plan.announcedIn[0]).toMatchObject({ kind: "ANNOUNCEMENT", actors: [{ name: "Spain" }], document: { key: "wps-fpn-launch-event-notice-2016" } });
    expect(plan.announcedIn[0].text).toContain("in 2017 in the city of Alicante, Spain");
    expect(plan.sources.map((s: any) => s.citation.publisher)).toEqual(["PeaceWomen (Women's International League for Peace and Freedom)", "Casa Mediterráneo"]);
    // as above: the meeting's country is loaded with the passage's actors, in one statement
    expect(r.statements).toBe(10);
  });

  it("is the held Alicante meeting's plan", async () => {
    const r = await hub.gql(`{ meetings(filter: { network: "wps-focal-points", from: "2017-01-01", to: "2017-12-31" }) { nodes { key plannedAs { key status } } } }`);
    expect(r.data.meetings.nodes).toEqual([{ key: "wps-fpn-2017-alicante", plannedAs: [{ key: "wps-fpn-2017-alicante-planned", status: "PLANNED" }] }]);
    expect(r.statements).toBe(2);
  });
});

describe("meetings(filter: { status })", () => {
  const count = async (filter: string) => {
    const r = await hub.gql(`{ meetings(filter: { ${filter} }) { totalCount } }`);
    expect(r.errors, filter).toBeUndefined();
    expect(r.statements, filter).toBe(2); // the page and the count
    return r.data.meetings.totalCount as number;
  };

  it("lists only meetings held unless asked, so counts of meetings held stay right", async () => {
    const held = await count(`network: "r2p-focal-points"`);
    expect(await count(`network: "r2p-focal-points", status: [HELD]`)).toBe(held);
    expect(await count(`network: "r2p-focal-points", status: [HELD, PLANNED]`)).toBe(held + 1);
    expect(await count(`network: "r2p-focal-points", status: []`)).toBe(0);
    expect(await count(`status: [CANCELLED]`)).toBe(0);
    expect(await count(`status: [PLANNED]`)).toBe(2);
  });

  it("dates a plan by the announced period: the first half of 2012 holds the plan, not the meeting held", async () => {
    const r = await hub.gql(`{ a: meetings(filter: { from: "2012-03-01", to: "2012-03-31", status: [PLANNED] }) { nodes { key } } b: meetings(filter: { from: "2012-03-01", to: "2012-03-31" }) { nodes { key } } }`);
    expect(r.data.a.nodes).toEqual([{ key: "r2p-fp-2012-planned" }]);
    expect(r.data.b.nodes).toEqual([]);
    expect(r.statements).toBe(2);
  });

  it("says which argument is wrong for a status that does not exist", async () => {
    const r = await hub.gql(`{ meetings(filter: { status: [HAPPENED] }) { totalCount } }`);
    expect(r.errors?.[0].message).toContain("HAPPENED");
    expect(r.statements).toBe(0);
  });
});

describe("seed validation of planned meetings", () => {
  const problems = (edit: (meetings: any[]) => void) => {
    const files = readSeedFiles(SEED_DATA_DIR);
    edit(files.meetings.map((loc) => loc.record));
    return validateSeeds(files).problems;
  };
  const byKey = (list: any[], key: string) => list.find((m) => m.key === key);

  it("accepts the seed data as it is", () => expect(problems(() => {})).toEqual([]));

  it("refuses realisedAs on a held meeting, a plan realised by another plan, a plan with participants, an unknown status", () => {
    expect(problems((l) => { byKey(l, "r2p-fp-2011-new-york").realisedAs = "r2p-fp-2012-new-york"; })).toEqual([
      expect.stringContaining("(r2p-fp-2011-new-york): realisedAs is only for a PLANNED or CANCELLED meeting"),
    ]);
    expect(problems((l) => { byKey(l, "r2p-fp-2012-planned").realisedAs = "wps-fpn-2017-alicante-planned"; })).toEqual([
      expect.stringContaining("realisedAs must point at a HELD meeting"),
    ]);
    expect(problems((l) => { byKey(l, "r2p-fp-2012-planned").participants = [{ actor: "state:GHA", role: "HOST", sources: ["r2p-ghana-fp-2011-joint-press-statement"] }]; })).toEqual([
      expect.stringContaining("a PLANNED meeting has no participants"),
    ]);
    expect(problems((l) => { byKey(l, "r2p-fp-2012-planned").status = "POSTPONED"; })[0]).toContain("status must be one of HELD, PLANNED, CANCELLED");
  });
});
