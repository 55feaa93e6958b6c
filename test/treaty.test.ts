import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

// Facts come from seeds/data/mla/treaty-proposals.json and seeds/data/mla/meetings.json.
const SLUG = "ljubljana-the-hague-convention";

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

/** Global ids of seeded states, read through the API (they depend on the loader's insert order). */
async function stateId(code: string): Promise<string> {
  const r = await hub.gql(`query ($code: String!) { state(code: $code) { id } }`, { code });
  expect(r.data.state, `state ${code} is seeded`).not.toBeNull();
  return r.data.state.id;
}

async function treatyId(): Promise<string> {
  const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) { id } }`, { slug: SLUG });
  return r.data.treatyProposal.id;
}

describe("treatyProposal: lookup contract", () => {
  it("finds the convention by slug", async () => {
    const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) { id slug shortName adoptionMode depositaryUrl } }`, { slug: SLUG });
    expect(r.errors).toBeUndefined();
    expect(r.data.treatyProposal).toMatchObject({ slug: SLUG, shortName: "Ljubljana–The Hague Convention", adoptionMode: "consensus" });
    expect(r.statements).toBe(1);
  });

  it("finds the same convention by id, and through node(id)", async () => {
    const id = await treatyId();
    const r = await hub.gql(`query ($id: ID) { treatyProposal(id: $id) { id slug } }`, { id });
    expect(r.data.treatyProposal).toEqual({ id, slug: SLUG });
    expect(r.statements).toBe(1);
    const n = await hub.gql(`query ($id: ID!) { node(id: $id) { id ... on TreatyProposal { slug } } }`, { id });
    expect(n.data.node).toEqual({ id, slug: SLUG });
    expect(n.statements).toBe(1);
  });

  it("rejects both id and slug, and neither, naming `slug`", async () => {
    const id = await treatyId();
    for (const vars of [{ id, slug: SLUG }, {}]) {
      const r = await hub.gql(`query ($id: ID, $slug: String) { treatyProposal(id: $id, slug: $slug) { id } }`, vars);
      expect(r.data.treatyProposal).toBeNull();
      expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "slug" });
      expect(r.statements).toBe(0);
    }
  });

  it("returns null, not an error, for an unknown slug or id", async () => {
    const bySlug = await hub.gql(`{ treatyProposal(slug: "no-such-treaty") { id } }`);
    expect(bySlug.errors).toBeUndefined();
    expect(bySlug.data.treatyProposal).toBeNull();
    expect(bySlug.statements).toBe(1);

    const unknownId = Buffer.from("TreatyProposal:999999").toString("base64url");
    const byId = await hub.gql(`query ($id: ID) { treatyProposal(id: $id) { id } }`, { id: unknownId });
    expect(byId.errors).toBeUndefined();
    expect(byId.data.treatyProposal).toBeNull();
    expect(byId.statements).toBe(1);

    // The id of something that is not a treaty proposal is not found either, without a query.
    const otherType = await hub.gql(`query ($id: ID) { treatyProposal(id: $id) { id } }`, { id: await stateId("LVA") });
    expect(otherType.data.treatyProposal).toBeNull();
    expect(otherType.statements).toBe(0);
  });
});

describe("treatyProposals: paging, filters and order", () => {
  it("pages with cursors and counts lazily", async () => {
    const first = await hub.gql(`{ treatyProposals(first: 1) { totalCount nodes { slug } edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);
    expect(first.errors).toBeUndefined();
    const page = first.data.treatyProposals;
    expect(page.nodes).toEqual([{ slug: SLUG }]);
    expect(page.totalCount).toBe(1);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false, endCursor: page.edges[0].cursor });
    expect(first.statements).toBe(2); // the page and the COUNT

    const next = await hub.gql(`query ($after: String) { treatyProposals(first: 1, after: $after) { nodes { slug } pageInfo { hasPreviousPage } } }`, { after: page.pageInfo.endCursor });
    expect(next.data.treatyProposals).toEqual({ nodes: [], pageInfo: { hasPreviousPage: true } });
    expect(next.statements).toBe(1); // no totalCount asked, no COUNT run

    const tooBig = await hub.gql(`{ treatyProposals(first: 101) { nodes { slug } } }`);
    expect(tooBig.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
    expect(tooBig.statements).toBe(0);
  });

  it("orders by adoption day, with cursors of that ordering", async () => {
    const r = await hub.gql(`{ treatyProposals(orderBy: { field: ADOPTED, direction: DESC }) { nodes { slug adopted { iso } } edges { cursor } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.treatyProposals.nodes).toEqual([{ slug: SLUG, adopted: { iso: "2023-05-26" } }]);
    expect(r.statements).toBe(3); // adoption days for the cursors, the page, the milestones
    // A NAME cursor is refused by the ADOPTED ordering.
    const byName = await hub.gql(`{ treatyProposals { edges { cursor } } }`);
    const wrong = await hub.gql(`query ($after: String) { treatyProposals(after: $after, orderBy: { field: ADOPTED }) { nodes { slug } } }`, { after: byName.data.treatyProposals.edges[0].cursor });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
  });

  it("filters by current stage, name, proponent, signatory and party", async () => {
    const [mongolia, kosovo, latvia, france] = await Promise.all(["MNG", "XKX", "LVA", "FRA"].map(stateId));
    const q = `query ($f: TreatyProposalFilter) { treatyProposals(filter: $f) { nodes { slug } } }`;
    const slugs = async (f: Record<string, unknown>) => {
      const r = await hub.gql(q, { f });
      expect(r.errors).toBeUndefined();
      expect(r.statements).toBe(1);
      return r.data.treatyProposals.nodes.map((n: { slug: string }) => n.slug);
    };
    expect(await slugs({ stage: "CLOSED_FOR_SIGNATURE" })).toEqual([SLUG]);
    expect(await slugs({ stage: "OPEN_FOR_SIGNATURE" })).toEqual([]); // no longer the current stage
    expect(await slugs({ stage: "IN_FORCE" })).toEqual([]);
    expect(await slugs({ name: "hague mla" })).toEqual([SLUG]); // an alias
    expect(await slugs({ name: "rome statute" })).toEqual([]);
    expect(await slugs({ proponent: mongolia })).toEqual([SLUG]);
    expect(await slugs({ proponent: france })).toEqual([]);
    expect(await slugs({ signatory: kosovo })).toEqual([SLUG]);
    expect(await slugs({ party: latvia })).toEqual([SLUG]);
    expect(await slugs({ party: france })).toEqual([]); // signed, never ratified

    // An id of another type (the treaty's own) names no party and matches nothing; text no key looks like is refused.
    expect(await slugs({ party: await treatyId() })).toEqual([]);
    const bad = await hub.gql(q, { f: { party: "<not-an-id>" } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.party" });
    expect(bad.statements).toBe(0);
  });
});

describe("the Ljubljana–The Hague Convention", () => {
  const byAlpha3 = (rows: { actor: { alpha3: string } }[]) => rows.map((r) => r.actor.alpha3);

  it("has 40 signatories, Kosovo (not a UN member) among them", async () => {
    const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) {
      signatoryCount
      signatories { signedOn { iso } actor { __typename name ... on State { alpha3 unStatus } } }
    } }`, { slug: SLUG });
    expect(r.errors).toBeUndefined();
    const tp = r.data.treatyProposal;
    expect(tp.signatoryCount).toBe(40);
    expect(tp.signatories).toHaveLength(40);
    expect(new Set(byAlpha3(tp.signatories)).size).toBe(40);
    const kosovo = tp.signatories.find((s: any) => s.actor.alpha3 === "XKX");
    expect(kosovo).toMatchObject({ signedOn: { iso: "2025-02-14" }, actor: { __typename: "State", unStatus: "NON_MEMBER" } });
    // In signature order: Albania opens the ceremony, Andorra and Kosovo sign on the last day.
    expect(tp.signatories[0].actor.alpha3).toBe("ALB");
    expect(byAlpha3(tp.signatories.slice(-2))).toEqual(["AND", "XKX"]);
    expect(r.statements).toBe(3); // proposal, actions, states
  });

  it("was signed by 33 states at the signing ceremony on 14–15 February 2024, 32 of them on the first day", async () => {
    const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) {
      actions(types: [SIGNATURE]) { date { iso } meeting { key title } actor { ... on State { alpha3 } } }
      firstDay: signatories(asOf: "2024-02-14") { actor { ... on State { alpha3 } } }
    } }`, { slug: SLUG });
    expect(r.errors).toBeUndefined();
    const { actions, firstDay } = r.data.treatyProposal;
    const ceremony = actions.filter((a: any) => a.meeting?.key === "mla-signing-conference-2024");
    expect(ceremony).toHaveLength(33);
    expect(new Set(ceremony.map((a: any) => a.date.iso))).toEqual(new Set(["2024-02-14", "2024-02-15"]));
    expect(ceremony.filter((a: any) => a.date.iso === "2024-02-15").map((a: any) => a.actor.alpha3)).toEqual(["DNK"]);
    expect(actions.filter((a: any) => a.meeting == null)).toHaveLength(7); // signed later, at the depositary
    expect(firstDay).toHaveLength(32);
    expect(byAlpha3(firstDay)).not.toContain("DNK");
    expect(r.statements).toBe(4); // proposal, actions, meetings, states
  });

  it("has exactly one party, Latvia, and had none on 1 January 2025", async () => {
    const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) {
      partyCount
      parties { consentedOn { iso } consentType entryIntoForce actor { ... on State { alpha3 } } }
      before: parties(asOf: "2025-01-01") { actor { name } }
      latvia: actions(types: [RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL]) { type entryIntoForce actor { name } }
    } }`, { slug: SLUG });
    expect(r.errors).toBeUndefined();
    const tp = r.data.treatyProposal;
    expect(tp.partyCount).toBe(1);
    expect(tp.parties).toEqual([{ consentedOn: { iso: "2025-08-28" }, consentType: "RATIFICATION", entryIntoForce: "2025-12-01", actor: { alpha3: "LVA" } }]);
    expect(tp.before).toEqual([]);
    expect(tp.latvia).toHaveLength(1);
    expect(r.statements).toBe(3); // proposal, actions (one batch for every view), states
  });

  it("records France's reservation to Art. 8(3) on its signature", async () => {
    const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) {
      actions(asOf: "2024-02-14") { type actor { ... on State { alpha3 } } declarations { kind article text } sources { citation { url } } }
    } }`, { slug: SLUG });
    expect(r.errors).toBeUndefined();
    const actions = r.data.treatyProposal.actions;
    expect(actions).toHaveLength(32);
    const france = actions.find((a: any) => a.actor.alpha3 === "FRA");
    expect(france.type).toBe("SIGNATURE");
    expect(france.declarations).toHaveLength(1);
    expect(france.declarations[0]).toMatchObject({ kind: "RESERVATION", article: "Art. 8(3)" });
    expect(france.declarations[0].text).toContain("Art. 92(3)");
    expect(france.sources.map((s: any) => s.citation.url)).toContain("https://verdragen.nl/en/Treaty/Details/013717_p.html");
    const reservations = actions.flatMap((a: any) => a.declarations).filter((d: any) => d.kind === "RESERVATION");
    expect(reservations).toHaveLength(1); // France alone
    expect(r.statements).toBe(6); // proposal, actions, states, declarations, source links, citations
  });

  it("lists the core group in the order it joined, and the Netherlands as depositary", async () => {
    const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) {
      depositary { __typename ... on State { alpha3 } }
      network { slug }
      proponents { position joined { iso qualifier } actor { ... on State { alpha3 } } }
    } }`, { slug: SLUG });
    expect(r.errors).toBeUndefined();
    const tp = r.data.treatyProposal;
    expect(tp.depositary).toEqual({ __typename: "State", alpha3: "NLD" });
    expect(tp.network).toEqual({ slug: "mla-initiative" });
    expect(tp.proponents.map((p: any) => p.actor.alpha3)).toEqual(["NLD", "BEL", "SVN", "ARG", "SEN", "MNG"]);
    expect(tp.proponents.map((p: any) => p.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tp.proponents[4].joined).toMatchObject({ iso: "2011-11", qualifier: "ON_OR_AFTER" });
    expect(r.statements).toBe(5); // proposal; network, depositary and proponents in one round; the proponents' states
  });

  it("went through its stages at their meetings: adopted on 26 May 2023 at the Ljubljana diplomatic conference", async () => {
    const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) {
      currentStage
      adopted { iso day month year }
      milestones { stage start { iso } end { iso } meeting { key city } }
      crimes { crime scope annex }
      optional: crimes(scope: OPTIONAL_ANNEX) { crime annex }
    } }`, { slug: SLUG });
    expect(r.errors).toBeUndefined();
    const tp = r.data.treatyProposal;
    expect(tp.currentStage).toBe("CLOSED_FOR_SIGNATURE");
    expect(tp.adopted).toEqual({ iso: "2023-05-26", day: 26, month: 5, year: 2023 });
    expect(tp.milestones.map((m: any) => m.stage)).toEqual([
      "PROPOSED", "PREPARATORY", "PREPARATORY", "NEGOTIATED", "ADOPTED", "OPEN_FOR_SIGNATURE", "CLOSED_FOR_SIGNATURE",
    ]);
    const adopted = tp.milestones.find((m: any) => m.stage === "ADOPTED");
    expect(adopted.meeting).toEqual({ key: "mla-ljubljana-diplomatic-conference-2023", city: "Ljubljana" });
    expect(tp.milestones.map((m: any) => m.meeting?.key ?? null)).toEqual([
      "mla-expert-meeting-2011", "mla-doorn-2017", "mla-noordwijk-2019", "mla-ljubljana-diplomatic-conference-2023",
      "mla-ljubljana-diplomatic-conference-2023", "mla-signing-conference-2024", null,
    ]);
    expect(tp.milestones[5]).toMatchObject({ start: { iso: "2024-02-14" }, end: { iso: "2025-02-14" } });
    expect(tp.crimes).toHaveLength(4);
    expect(tp.optional).toEqual([{ crime: "WAR_CRIMES", annex: "E" }]);
    expect(r.statements).toBe(5); // proposal, milestones, meetings, crimes ×2 (one per scope argument)
  });

  it("keeps the conflicting counts of adopting states as separate observations", async () => {
    const r = await hub.gql(`query ($slug: String) { treatyProposal(slug: $slug) {
      observations { metric value }
      milestones { stage meeting { observations { metric value qualifier text } } }
    } }`, { slug: SLUG });
    expect(r.errors).toBeUndefined();
    const tp = r.data.treatyProposal;
    expect(tp.observations.filter((o: any) => o.metric === "SIGNATORIES").map((o: any) => o.value)).toEqual([33, 36, 40]);
    const conference = tp.milestones.find((m: any) => m.stage === "ADOPTED").meeting;
    const adopting = conference.observations.filter((o: any) => o.metric === "ADOPTING_STATES");
    expect(adopting).toHaveLength(6);
    expect(adopting.map((o: any) => `${o.qualifier} ${o.value}`).sort()).toEqual(
      ["ABOUT 70", "EXACT 68", "EXACT 68", "EXACT 70", "EXACT 79", "MORE_THAN 70"],
    );
    expect(r.statements).toBe(5); // proposal, the treaty's observations, milestones, meetings, the meetings' observations
  });
});

describe("statement cost stays tied to depth", () => {
  const deep = `query ($slug: String, $asOf: Date) { treatyProposal(slug: $slug) {
    signatories(asOf: $asOf) { actor { ... on State { alpha3 treatyActions(treaty: $slug) { type date { iso } treatyProposal { slug } } } } }
  } }`;

  it("treatyProposal → signatories → actor → treatyActions costs the same for 1, 32 or 40 signatories", async () => {
    const counts: number[] = [];
    for (const [asOf, expected] of [["2024-02-13", 0], ["2024-02-27", 34], [null, 40]] as const) {
      const r = await hub.gql(deep, { slug: SLUG, asOf });
      expect(r.errors).toBeUndefined();
      expect(r.data.treatyProposal.signatories).toHaveLength(expected);
      counts.push(r.statements);
    }
    // proposal, actions, states, each state's treaty actions, the proposal by key (5); with no signatory, 2.
    expect(counts).toEqual([2, 5, 5]);

    const all = await hub.gql(deep, { slug: SLUG, asOf: null });
    const latvia = all.data.treatyProposal.signatories.find((s: any) => s.actor.alpha3 === "LVA");
    expect(latvia.actor.treatyActions).toEqual([
      { type: "SIGNATURE", date: { iso: "2025-02-10" }, treatyProposal: { slug: SLUG } },
      { type: "RATIFICATION", date: { iso: "2025-08-28" }, treatyProposal: { slug: SLUG } },
    ]);
  });

  it("State.treatyActions filters by treaty slug and resolves as a Node", async () => {
    const r = await hub.gql(`{ state(code: "LV") { all: treatyActions { id type } none: treatyActions(treaty: "no-such-treaty") { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.state.all.map((a: any) => a.type)).toEqual(["SIGNATURE", "RATIFICATION"]);
    expect(r.data.state.none).toEqual([]);
    expect(r.statements).toBe(3); // state, treaty actions per argument set (2)
    const node = await hub.gql(`query ($id: ID!) { node(id: $id) { ... on TreatyAction { type entryIntoForce actor { name } } } }`, { id: r.data.state.all[1].id });
    expect(node.data.node).toMatchObject({ type: "RATIFICATION", entryIntoForce: "2025-12-01" });
    expect(node.statements).toBe(2);
  });
});
