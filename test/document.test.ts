import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * Documents: the contract of `document` / `documents` and facts from seeds/data/{r2p,wps}/documents.json
 * and seeds/texts/. Every query pins its SQL statement count.
 */
let hub: TestHub;
/** Document global ids by seed key. */
const docId: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  const r = await hub.gql(`{ documents(first: 100) { totalCount nodes { id key } } }`);
  expect(r.errors).toBeUndefined();
  expect(r.statements).toBe(2);
  expect(r.data.documents.totalCount).toBe(25);
  for (const d of r.data.documents.nodes) docId[d.key] = d.id;
});
afterAll(async () => { await hub?.close(); });

const keys = (r: { data?: any }, field = "documents") => r.data[field].nodes.map((d: { key: string }) => d.key);

async function stateId(code: string): Promise<string> {
  const r = await hub.gql(`query($c: String!) { state(code: $c) { id } }`, { c: code });
  return r.data.state.id;
}

describe("document(id)", () => {
  it("finds a document by its global id, with its partial date", async () => {
    const r = await hub.gql(`query($id: ID!) { document(id: $id) { id key kind title language date { iso precision qualifier text } } }`, { id: docId["r2p-belgium-statement-iid-2014"] });
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    expect(r.data.document).toMatchObject({ id: docId["r2p-belgium-statement-iid-2014"], kind: "NATIONAL_STATEMENT", language: "en" });
    expect(r.data.document.title).toMatch(/^Statement by Belgium/);
    expect(r.data.document.date).toMatchObject({ iso: "2014-09-08", precision: "DAY", qualifier: "INFERRED" });
  });

  it("returns null for an unknown id, a malformed id and an id of another type", async () => {
    const gh = await stateId("GH");
    const unknown = Buffer.from("Document:99999", "utf8").toString("base64url");
    const r = await hub.gql(`query($a: ID!, $b: ID!, $c: ID!) { a: document(id: $a) { key } b: document(id: $b) { key } c: document(id: $c) { key } }`, { a: unknown, b: "not-an-id!", c: gh });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ a: null, b: null, c: null });
    expect(r.statements).toBe(1); // only the unknown Document id reaches the database
  });

  it("resolves documents and commitments through node(id)", async () => {
    const c = await hub.gql(`query($id: ID!) { document(id: $id) { commitments(kinds: [PROPOSAL]) { id } } }`, { id: docId["r2p-belgium-statement-iid-2014"] });
    expect(c.statements).toBe(2);
    const commitmentId = c.data.document.commitments[0].id;
    const r = await hub.gql(`query($d: ID!, $c: ID!) { nodes(ids: [$d, $c]) { id ... on Document { key } ... on DocumentCommitment { kind } } }`, { d: docId["r2p-eu-statement-iid-2014"], c: commitmentId });
    expect(r.errors).toBeUndefined();
    expect(r.data.nodes).toEqual([{ id: docId["r2p-eu-statement-iid-2014"], key: "r2p-eu-statement-iid-2014" }, { id: commitmentId, kind: "PROPOSAL" }]);
    expect(r.statements).toBe(2);
  });
});

describe("documents filters", () => {
  it("filters by kind", async () => {
    const r = await hub.gql(`{ documents(filter: { kinds: [SG_REPORT] }) { totalCount nodes { key } } }`);
    expect(r.statements).toBe(2);
    expect(r.data.documents.totalCount).toBe(6);
    expect(keys(r)).toEqual(["r2p-sg-report-2010", "r2p-sg-report-2012", "r2p-sg-report-2014", "r2p-sg-report-2015", "r2p-sg-report-2016", "r2p-sg-report-2017"]);
  });

  it("filters by date range; a year-precision date matches any day of its year", async () => {
    const r = await hub.gql(`{ documents(filter: { from: "2014-01-01", to: "2014-12-31" }) { nodes { key } } }`);
    expect(r.statements).toBe(1);
    expect([...keys(r)].sort()).toEqual(["r2p-belgium-statement-iid-2014", "r2p-eu-statement-iid-2014", "r2p-fp-2014-joint-statement", "r2p-gof-statement-iid-2014", "r2p-sg-report-2014"]);
    const june = await hub.gql(`{ documents(filter: { from: "2012-06-01", to: "2012-06-30" }) { nodes { key } } }`);
    expect(june.statements).toBe(1);
    expect(keys(june)).toEqual(["r2p-sg-report-2012"]);
  });

  it("filters by author, counting the actor that delivered a document", async () => {
    const nld = await stateId("NLD");
    const r = await hub.gql(`query($a: ID!) { documents(filter: { author: $a }) { nodes { key } } }`, { a: nld });
    expect(r.statements).toBe(1);
    expect(keys(r)).toEqual(["r2p-ministerial-2011-joint-statement", "r2p-gof-statement-iid-2016", "r2p-gof-statement-iid-2017"]);
    const rwa = await hub.gql(`query($a: ID!) { documents(filter: { author: $a }) { nodes { key } } }`, { a: await stateId("RWA") });
    expect(keys(rwa)).toEqual(["r2p-gof-statement-iid-2014"]);
  });

  it("filters by signatory (an organisation) and by meeting", async () => {
    const b = await hub.gql(`query($id: ID!) { document(id: $id) { meeting { id key } alignments { speaker { id name } } } }`, { id: docId["r2p-belgium-statement-iid-2014"] });
    expect(b.statements).toBe(4);
    const eu = b.data.document.alignments.find((a: any) => a.speaker)?.speaker.id;
    expect(b.data.document.meeting.key).toBe("unga-iid-r2p-2014");
    const r = await hub.gql(`query($s: ID!, $m: ID!) { signed: documents(filter: { signatory: $s }) { nodes { key } } atMeeting: documents(filter: { meeting: $m }) { nodes { key } } }`, { s: eu, m: b.data.document.meeting.id });
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(2);
    expect([...keys(r, "signed")].sort()).toEqual(["wps-fpn-2017-alicante-communique", "wps-fpn-2023-washington-communique", "wps-fpn-joint-communique-2016"]);
    expect(keys(r, "signed")[0]).toBe("wps-fpn-joint-communique-2016"); // the only dated one comes first
    expect([...keys(r, "atMeeting")].sort()).toEqual(["r2p-belgium-statement-iid-2014", "r2p-eu-statement-iid-2014", "r2p-gof-statement-iid-2014", "r2p-sg-report-2014"]);
  });

  it("filters by the network a statement was made for", async () => {
    const r = await hub.gql(`{ documents(filter: { network: "group-of-friends-r2p" }) { totalCount nodes { key onBehalfOf { slug } } } }`);
    expect(r.statements).toBe(3);
    expect(r.data.documents.totalCount).toBe(5);
    expect(r.data.documents.nodes.every((d: any) => d.onBehalfOf.slug === "group-of-friends-r2p")).toBe(true);
    expect(keys(r)).not.toContain("r2p-gof-geneva-statement-hrc53"); // the Geneva group is a network of its own
  });

  it("filters by UN symbol: exact and case-insensitive", async () => {
    const r = await hub.gql(`{ a: documents(filter: { unSymbol: "s/2018/178" }) { nodes { key unSymbols } } b: documents(filter: { unSymbol: "S/2018" }) { nodes { key } } }`);
    expect(r.statements).toBe(2);
    expect(r.data.a.nodes).toEqual([{ key: "wps-fpn-technical-operative-guidelines", unSymbols: ["A/72/782", "S/2018/178"] }]);
    expect(r.data.b.nodes).toEqual([]);
  });

  it("filters by whether the full text is held", async () => {
    const r = await hub.gql(`{ with: documents(filter: { hasText: true }) { totalCount nodes { key } } without: documents(filter: { hasText: false }) { totalCount } }`);
    expect(r.statements).toBe(4); // each connection runs its page and its count
    expect(r.data.with.totalCount).toBe(4);
    expect(r.data.without.totalCount).toBe(21);
    expect(keys(r, "with")).toEqual(["r2p-fp-2011-joint-press-statement", "r2p-ministerial-2011-joint-statement", "r2p-belgium-statement-iid-2014", "wps-fpn-launch-event-notice-2016"]);
  });
});

describe("documents paging", () => {
  const page = `query($first: Int, $after: String, $last: Int, $before: String, $order: DocumentOrder) {
    documents(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
      nodes { key } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  it("pages forward and backward over the same order", async () => {
    const all = await hub.gql(`{ documents(first: 100, orderBy: { field: TITLE }) { nodes { key title } } }`);
    expect(all.statements).toBe(1);
    const titles = all.data.documents.nodes.map((d: any) => d.title);
    expect(titles).toEqual([...titles].sort());
    const allKeys = keys(all);

    const order = { field: "TITLE" };
    const p1 = await hub.gql(page, { first: 10, order });
    expect(p1.statements).toBe(1);
    expect(keys(p1)).toEqual(allKeys.slice(0, 10));
    expect(p1.data.documents.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await hub.gql(page, { first: 10, after: p1.data.documents.pageInfo.endCursor, order });
    expect(keys(p2)).toEqual(allKeys.slice(10, 20));
    const p3 = await hub.gql(page, { first: 10, after: p2.data.documents.pageInfo.endCursor, order });
    expect(keys(p3)).toEqual(allKeys.slice(20));
    expect(p3.data.documents.pageInfo.hasNextPage).toBe(false);

    const back = await hub.gql(page, { last: 10, before: p3.data.documents.pageInfo.startCursor, order });
    expect(back.statements).toBe(1);
    expect(keys(back)).toEqual(allKeys.slice(10, 20));
    expect(back.data.documents.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const tail = await hub.gql(page, { last: 3, order });
    expect(keys(tail)).toEqual(allKeys.slice(-3));
  });

  it("orders by date, newest first, with undated documents last in ascending order", async () => {
    const asc = await hub.gql(`{ documents(first: 100) { nodes { key date { earliest } } } }`);
    expect(asc.statements).toBe(1);
    const dates = asc.data.documents.nodes.map((d: any) => d.date?.earliest ?? "9999-12-31");
    expect(dates).toEqual([...dates].sort());
    expect(asc.data.documents.nodes[0].key).toBe("r2p-sg-report-2010");
    const desc = await hub.gql(`{ documents(first: 1, orderBy: { field: DATE, direction: DESC }, filter: { from: "2000-01-01" }) { nodes { key } } }`);
    expect(keys(desc)).toEqual(["r2p-fp-2025-outcome-document"]);
  });
});

describe("documents bad input", () => {
  it("rejects a range whose end is before its start, naming filter.to", async () => {
    const r = await hub.gql(`{ documents(filter: { from: "2015-01-01", to: "2014-01-01" }) { totalCount } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.to" });
    expect(r.statements).toBe(0);
  });

  it("rejects a malformed date, an actor id of the wrong type, an oversized page and a foreign cursor", async () => {
    const bad = async (query: string, argumentName: string, vars?: Record<string, unknown>) => {
      const r = await hub.gql(query, vars);
      expect(r.errors?.[0].extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
      expect(r.statements).toBe(0);
    };
    await bad(`{ documents(filter: { from: "2014-13-01" }) { totalCount } }`, "filter.from");
    await bad(`query($a: ID!) { documents(filter: { author: $a }) { totalCount } }`, "filter.author", { a: "<not-an-id>" });
    // An id of another type (a Document) names no author: it matches nothing, like an unknown key (test/natural-keys.test.ts).
    const wrongType = await hub.gql(`query($a: ID!) { documents(filter: { author: $a }) { totalCount } }`, { a: docId["r2p-eu-statement-iid-2014"] });
    expect(wrongType.data.documents.totalCount).toBe(0);
    await bad(`query($a: ID!) { documents(filter: { meeting: $a }) { totalCount } }`, "filter.meeting", { a: docId["r2p-eu-statement-iid-2014"] });
    await bad(`{ documents(filter: { unSymbol: "  " }) { totalCount } }`, "filter.unSymbol");
    await bad(`{ documents(first: 101) { totalCount } }`, "first");
    const byTitle = await hub.gql(`{ documents(first: 1, orderBy: { field: TITLE }) { pageInfo { endCursor } } }`);
    await bad(`query($c: String) { documents(after: $c) { totalCount } }`, "after", { c: byTitle.data.documents.pageInfo.endCursor });
  });
});

describe("what the documents say", () => {
  it("Belgium's 2014 statement records who proposed the MLA and extradition treaty", async () => {
    const r = await hub.gql(
      `query($id: ID!) { document(id: $id) { commitments(kinds: [PROPOSAL]) { kind text actors { name ... on State { alpha3 } } treatyProposal { slug } document { key } } } }`,
      { id: docId["r2p-belgium-statement-iid-2014"] },
    );
    expect(r.errors).toBeUndefined();
    // document, commitments, then (commitment actors | treaty proposal), then states; `document` is cached
    expect(r.statements).toBe(5);
    const proposals = r.data.document.commitments;
    expect(proposals).toHaveLength(1);
    expect(proposals[0].text).toMatch(/mutual legal assistance \(MLA\) and extradition/);
    expect(proposals[0].actors.map((a: any) => a.alpha3)).toEqual(["ARG", "NLD", "BEL", "SEN", "SVN"]);
    expect(proposals[0].treatyProposal.slug).toBe("ljubljana-the-hague-convention");
    expect(proposals[0].document.key).toBe("r2p-belgium-statement-iid-2014");
  });

  it("Belgium aligns fully with the EU's statement and the Group of Friends' statement (45 members, read by Rwanda)", async () => {
    const r = await hub.gql(
      `query($id: ID!) { document(id: $id) { deliveredBy { ... on State { alpha3 } } alignments { extent description speaker { name } speakerNetwork { slug }
        alignedWith { key kind deliveredBy { name ... on State { alpha3 } ... on Organisation { acronym } } onBehalfOf { slug } onBehalfOfMemberCount } } } }`,
      { id: docId["r2p-belgium-statement-iid-2014"] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(7);
    const [eu, gof] = r.data.document.alignments;
    expect(r.data.document.deliveredBy.alpha3).toBe("BEL");
    expect(eu).toMatchObject({ extent: "FULL", description: "the statement of the EU", speakerNetwork: null, alignedWith: { key: "r2p-eu-statement-iid-2014", kind: "REGIONAL_STATEMENT", onBehalfOf: null } });
    expect(eu.speaker.name).toMatch(/European Union/);
    expect(gof).toMatchObject({ extent: "FULL", speaker: null, speakerNetwork: { slug: "group-of-friends-r2p" } });
    expect(gof.alignedWith).toMatchObject({ key: "r2p-gof-statement-iid-2014", kind: "GROUP_STATEMENT", onBehalfOf: { slug: "group-of-friends-r2p" }, onBehalfOfMemberCount: 45, deliveredBy: { alpha3: "RWA" } });
  });

  it("the EU statement knows who aligned with it", async () => {
    const r = await hub.gql(`query($id: ID!) { document(id: $id) { alignedBy { extent document { key authors { ... on State { alpha3 } } } } } }`, { id: docId["r2p-eu-statement-iid-2014"] });
    expect(r.statements).toBe(5);
    expect(r.data.document.alignedBy).toEqual([{ extent: "FULL", document: { key: "r2p-belgium-statement-iid-2014", authors: [{ alpha3: "BEL" }] } }]);
  });

  it("the 2011 joint press statement: authors Costa Rica, Denmark and Ghana, and its full text", async () => {
    const r = await hub.gql(`query($id: ID!) { document(id: $id) { authors { name ... on State { alpha3 } } signatories { name } dissociations { name } text meeting { key } } }`, { id: docId["r2p-fp-2011-joint-press-statement"] });
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(4); // document, all three roles in one statement, states, meeting
    expect(r.data.document.authors.map((a: any) => a.alpha3)).toEqual(["CRI", "DNK", "GHA"]);
    expect(r.data.document.signatories).toEqual([]);
    expect(r.data.document.dissociations).toEqual([]);
    expect(r.data.document.text.toLowerCase()).toContain("first meeting of national focal points");
    expect(r.data.document.meeting.key).toBe("r2p-fp-2011-new-york");
  });

  it("authors, signatories and dissociations cost one statement together", async () => {
    const r = await hub.gql(
      `query($a: ID!, $b: ID!) { nodes(ids: [$a, $b]) { ... on Document { key authors { ... on State { alpha3 } } signatories { ... on State { alpha3 } } dissociations { ... on State { alpha3 } } onBehalfOf { slug } } } }`,
      { a: docId["wps-fpn-technical-operative-guidelines"], b: docId["r2p-gof-statement-iid-2016"] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(4); // documents, (document actors | network), states
    const [guidelines, gof2016] = r.data.nodes;
    expect(guidelines.authors.map((a: any) => a.alpha3)).toEqual(["DEU", "NAM", "ESP"]);
    expect(guidelines.signatories.map((a: any) => a.alpha3)).toEqual(["DEU", "NAM", "ESP"]);
    expect(gof2016.dissociations).toEqual([{ alpha3: "LIE" }]);
    expect(gof2016.onBehalfOf.slug).toBe("group-of-friends-r2p");
  });

  it("the WPS launch communiqué keeps its conflicting signatory counts side by side", async () => {
    const r = await hub.gql(
      `query($id: ID!) { document(id: $id) { signatories { name ... on Organisation { key } } observations { metric value text } sources { citation { url } } } }`,
      { id: docId["wps-fpn-joint-communique-2016"] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(6); // document, (actors | observations | sources), organisations, citations
    const d = r.data.document;
    expect(d.signatories.map((o: any) => o.key)).toEqual(["au", "eu", "nato"]);
    const signatories = d.observations.filter((o: any) => o.metric === "SIGNATORIES").map((o: any) => o.value).sort();
    expect(signatories).toEqual([44, 45]);
    const states = d.observations.filter((o: any) => o.metric === "STATES").map((o: any) => o.value).sort();
    expect(states).toEqual([41, 42]);
    expect(d.sources.length).toBeGreaterThanOrEqual(3);
  });

  it("states, organisations and meetings list their documents", async () => {
    const r = await hub.gql(`{ state(code: "BE") { documents(roles: [AUTHOR]) { key } all: documents { key } signed: documents(roles: [SIGNATORY]) { key } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(4); // the state, then one statement per distinct `roles` argument
    expect(r.data.state.documents.map((d: any) => d.key)).toEqual(["r2p-belgium-statement-iid-2014"]);
    expect(r.data.state.signed).toEqual([]);

    const m = await hub.gql(`query($id: ID!) { document(id: $id) { meeting { documents { key } } alignments { speaker { ... on Organisation { documents(roles: [SIGNATORY]) { key } } } } } }`, { id: docId["r2p-belgium-statement-iid-2014"] });
    expect(m.errors).toBeUndefined();
    expect(m.statements).toBe(6);
    expect([...m.data.document.meeting.documents.map((d: any) => d.key)].sort()).toEqual(["r2p-belgium-statement-iid-2014", "r2p-eu-statement-iid-2014", "r2p-gof-statement-iid-2014", "r2p-sg-report-2014"]);
    const euDocs = m.data.document.alignments[0].speaker.documents.map((d: any) => d.key);
    expect([...euDocs].sort()).toEqual(["wps-fpn-2017-alicante-communique", "wps-fpn-2023-washington-communique", "wps-fpn-joint-communique-2016"]);
  });
});
