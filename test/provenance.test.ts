import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { citationCoverage, nonWebCitations } from "../src/queries/citation-coverage.query";

/**
 * Provenance a partner can check (issue 9 §5): every participation, person and passage carries a
 * source, as do the edges that had none; every citation URL is a web address (Belgium's 2014
 * statement keeps its repository text as `storedCopy`). Over HTTP, `sources` on participations,
 * passages, people and the edges is batched: one statement per level, pinned below.
 */
let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const WEB = /^https?:\/\/\S+$/;
/** Every kind this work brought to full coverage, with the kinds that had it already. */
const FULLY_SOURCED = [
  "MeetingParticipation", "Person", "DocumentCommitment", "DocumentActor", "LeadershipHolder", "TreatyDeclaration", "NetworkFounder",
  "DocumentAlignment", "CommitmentActor", "TreatyProponent", "TreatyCrime", "State", "Organisation", "Network", "Meeting", "Position",
  "Document", "LeadershipTerm", "NetworkMembership", "OrganisationMembership", "RegionalGroup", "RegionalGroupMembership",
  "TreatyAction", "TreatyMilestone", "TreatyProposal",
];
const SOURCE = "sources { quote note citation { url storedCopy } }";
type Link = { quote: string | null; note: string | null; citation: { url: string; storedCopy: string | null } };

describe("citation coverage", () => {
  it("is 100% for participations, people, passages and every other kind of fact", async () => {
    const coverage = new Map((await citationCoverage(hub.ds)).map((r) => [r.kind, r]));
    for (const kind of FULLY_SOURCED) {
      const row = coverage.get(kind);
      expect(row, kind).toBeDefined();
      expect(row!.rows, kind).toBeGreaterThan(0);
      expect(row!.sourced, kind).toBe(row!.rows);
    }
    expect(coverage.get("MeetingParticipation")!.rows).toBeGreaterThanOrEqual(166);
    expect(coverage.get("DocumentCommitment")!.rows).toBeGreaterThanOrEqual(36);
  });

  it("has no citation whose URL is a file path", async () => {
    expect(await nonWebCitations(hub.ds)).toEqual([]);
    const urls: string[] = (await hub.ds.query("SELECT url FROM citation")).map((r: { url: string }) => r.url);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => !WEB.test(u) || u.startsWith("seeds/"))).toEqual([]);
  });
});

describe("sources over HTTP", () => {
  it("on every participation, in one statement per level (meetings, participations, people, sources, citations)", async () => {
    const r = await hub.gql(`{ meetings(filter: { kinds: [UNGA_INFORMAL_INTERACTIVE_DIALOGUE, MINISTERIAL_MEETING] }, first: 20) { nodes { key participants { role person { name } ${SOURCE} } } } }`);
    expect(r.errors).toBeUndefined();
    const meetings = r.data.meetings.nodes as { key: string; participants: { role: string; person: { name: string } | null; sources: Link[] }[] }[];
    const participations = meetings.flatMap((m) => m.participants);
    expect(participations.length).toBeGreaterThan(20);
    for (const p of participations) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.citation.url).toMatch(WEB);
    }
    const ban = meetings.find((m) => m.key === "unga-iid-r2p-2012")!.participants.find((p) => p.person?.name === "Ban Ki-moon")!;
    expect(ban.sources[0].quote).toBe("UN Secretary-General (UNSG) H.E. Mr. Ban Ki-moon");
    expect(r.statements).toBe(5);
  });

  it("on every passage: the document's own citation, with the passage's words as the quote", async () => {
    const r = await hub.gql(`{ documents(filter: { hasText: true }, first: 100) { nodes { key commitments { text ${SOURCE} } } } }`);
    expect(r.errors).toBeUndefined();
    const docs = r.data.documents.nodes as { key: string; commitments: { text: string; sources: Link[] }[] }[];
    expect(docs.map((d) => d.key)).toContain("r2p-belgium-statement-iid-2014");
    for (const d of docs) for (const c of d.commitments) expect(c.sources.length, c.text).toBeGreaterThan(0);
    const belgium = docs.find((d) => d.key === "r2p-belgium-statement-iid-2014")!;
    const [first] = belgium.commitments[0].sources;
    expect(first.citation.url).toMatch(/^http:\/\/www\.responsibilitytoprotect\.org\//);
    expect(first.citation.storedCopy).toBe("seeds/texts/2014-09-08-belgium-statement-iid-pillar-two.txt");
    expect(first.note).toBe("The passage is quoted from the document itself.");
    // Editorial brackets are not the source's words: "[Belgium] is ready…" is quoted as "is ready…".
    const bracketed = belgium.commitments.find((c) => c.text.startsWith("[Belgium] is ready"))!;
    expect(bracketed.sources[0].quote).toBe("is ready to exchange information and expertise on the prevention of mass atrocities.");
    expect(r.statements).toBe(4);
  });

  it("on every person", async () => {
    const r = await hub.gql(`{ people(first: 100) { nodes { name ${SOURCE} } } }`);
    expect(r.errors).toBeUndefined();
    const people = r.data.people.nodes as { name: string; sources: Link[] }[];
    expect(people.length).toBeGreaterThanOrEqual(38);
    expect(people.filter((p) => p.sources.length === 0).map((p) => p.name)).toEqual([]);
    expect(r.statements).toBe(3);
  });

  it("on founders, leadership holders, alignments, proponents, crimes and declarations", async () => {
    const n = await hub.gql(`{ networks(first: 10) { nodes { founders { ${SOURCE} } leadership { holders { ${SOURCE} } } } } }`);
    const t = await hub.gql(`{ treatyProposals(first: 1) { nodes { proponents { ${SOURCE} } crimes { ${SOURCE} } actions { declarations { ${SOURCE} } } } } }`);
    const d = await hub.gql(`{ documents(filter: { hasText: true }, first: 10) { nodes { alignments { ${SOURCE} } } } }`);
    for (const r of [n, t, d]) expect(r.errors).toBeUndefined();
    const nets = n.data.networks.nodes;
    const treaties = t.data.treatyProposals.nodes;
    const lists: Link[][] = [
      ...nets.flatMap((x: any) => x.founders.map((f: any) => f.sources)),
      ...nets.flatMap((x: any) => x.leadership.flatMap((term: any) => term.holders.map((h: any) => h.sources))),
      ...treaties.flatMap((x: any) => [...x.proponents, ...x.crimes].map((y: any) => y.sources)),
      ...treaties.flatMap((x: any) => x.actions.flatMap((a: any) => a.declarations.map((y: any) => y.sources))),
      ...d.data.documents.nodes.flatMap((x: any) => x.alignments.map((a: any) => a.sources)),
    ];
    expect(lists.length).toBeGreaterThanOrEqual(12 + 32 + 6 + 4 + 5 + 2);
    expect(lists.filter((l) => l.length === 0)).toEqual([]);
    const inherited = lists.flat().filter((s) => s.note?.startsWith("Inherited from the "));
    expect(inherited.length).toBeGreaterThan(0);
    // One statement per list and level: sources (and their citations) batch once per depth they appear at.
    expect([n.statements, t.statements, d.statements]).toEqual([8, 8, 4]);
  });
});
