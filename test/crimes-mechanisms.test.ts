import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIST_FANOUT } from "../src/limits/list-fanout";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * The four crimes of the responsibility to protect as a queryable concept, and the mechanisms
 * documents name (issue 9 §4). Facts come from seeds/data/atrocity/*.json, which quote the 2005
 * World Summit Outcome, the stored seed texts and the mechanisms' own public pages.
 */
let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const BELGIUM = "r2p-belgium-statement-iid-2014";
const LHC = "ljubljana-the-hague-convention";
/** The tools Belgium named for early warning in 2014, by name (the root list's order). */
const BELGIUM_EARLY_WARNING = ["Country-Specific Configurations of the Peacebuilding Commission", "Rights Up Front", "Special Procedures of the Human Rights Council", "Universal Periodic Review"];
const space = (text: string) => text.replace(/\s+/g, " ");

async function ok(query: string, variables?: Record<string, unknown>) {
  const r = await hub.gql(query, variables);
  expect(r.errors, query).toBeUndefined();
  return r;
}

async function refused(query: string, argument: string) {
  const r = await hub.gql(query);
  expect(r.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
  expect(r.errors?.[0]?.message, query).toContain(argument);
}

describe("the four crimes", () => {
  it("lists genocide, war crimes, ethnic cleansing and crimes against humanity in one statement, with ETHNIC_CLEANSING in the Crime enum", async () => {
    const r = await ok("{ crimes { crime name isR2pCrime position } }");
    expect(r.data.crimes.map((c: any) => c.crime)).toEqual(["GENOCIDE", "WAR_CRIMES", "ETHNIC_CLEANSING", "CRIMES_AGAINST_HUMANITY"]);
    expect(r.data.crimes.every((c: any) => c.isR2pCrime)).toBe(true);
    expect(r.statements).toBe(1);
    expect((await ok("{ crimes(r2pOnly: true) { crime } }")).data.crimes).toHaveLength(4);
    expect((await ok("{ crimes(r2pOnly: false) { crime } }")).data.crimes).toEqual([]);
  });

  it("sources each crime in paragraph 138 of the World Summit Outcome; sources, coverage and documents cost one statement each", async () => {
    const r = await ok(`{ crimes { crime sources { quote citation { url } } coverage { scope article treaty { slug } } documents { key } } }`);
    for (const c of r.data.crimes) {
      expect(c.sources.map((s: any) => s.citation.url)).toContain("https://undocs.org/A/RES/60/1");
      expect(c.sources[0].quote).toBe("Each individual State has the responsibility to protect its populations from genocide, war crimes, ethnic cleansing and crimes against humanity.");
      expect(c.documents.map((d: any) => d.key)).toEqual(["r2p-fp-2011-joint-press-statement", "r2p-ministerial-2011-joint-statement"]);
    }
    // crimes, source links, citations, treaty_crime, treaty_proposal, mentions, documents.
    expect(r.statements).toBe(7);
  });

  it("links the treaties that cover a crime, by scope, from the treaty's own coverage rows", async () => {
    const r = await ok(`{
      genocide: crime(crime: GENOCIDE) { name treaties { slug } coverage { scope article } }
      war: crime(crime: WAR_CRIMES) { core: treaties(scope: CORE) { slug } annex: coverage(scope: OPTIONAL_ANNEX) { annex article treaty { slug } } }
      cleansing: crime(crime: ETHNIC_CLEANSING) { name treaties { slug } }
      aggression: crime(crime: AGGRESSION) { name }
    }`);
    expect(r.data.genocide.treaties.map((t: any) => t.slug)).toEqual([LHC]);
    expect(r.data.genocide.coverage).toEqual([{ scope: "CORE", article: "Art. 2(1)" }]);
    expect(r.data.war.core.map((t: any) => t.slug)).toEqual([LHC]);
    expect(r.data.war.annex).toEqual([{ annex: "E", article: "Art. 2(2)", treaty: { slug: LHC } }]);
    // The Convention does not name ethnic cleansing; aggression is no concept in the graph (yet).
    expect(r.data.cleansing).toEqual({ name: "Ethnic cleansing", treaties: [] });
    expect(r.data.aggression).toBeNull();
  });

  it("goes from a treaty's coverage rows to the crime as a concept in one statement per level", async () => {
    const r = await ok(`{ treatyProposal(slug: "${LHC}") { crimes { crime scope atrocityCrime { name isR2pCrime } treaty { slug } } } }`);
    const rows = r.data.treatyProposal.crimes;
    expect(rows.map((x: any) => x.atrocityCrime.name)).toEqual(["Genocide", "Crimes against humanity", "War crimes", "War crimes"]);
    expect(rows.every((x: any) => x.treaty.slug === LHC)).toBe(true);
    // The treaty by slug, its coverage rows, the crimes (one batch), the treaty again by primary key (another loader).
    expect(r.statements).toBe(4);
  });

  it("shows where documents name a crime, in their own words", async () => {
    const r = await ok(`{ crime(crime: ETHNIC_CLEANSING) { mentions { quote purpose mechanism { key } document { key text } sources { quote } } } }`);
    const mentions = r.data.crime.mentions;
    expect(mentions.map((m: any) => m.document.key)).toEqual(["r2p-fp-2011-joint-press-statement", "r2p-ministerial-2011-joint-statement"]);
    for (const m of mentions) {
      expect(m.quote).toContain("ethnic cleansing");
      expect(space(m.document.text)).toContain(m.quote);
      expect(m.purpose).toBeNull();
      expect(m.mechanism).toBeNull();
      expect(m.sources.length).toBeGreaterThan(0);
    }
  });
});

describe("Belgium's early-warning tools", () => {
  it("answers 'which tools did Belgium name for early warning?' as one root list in one statement (plus the count and their organisations)", async () => {
    for (const namedBy of ["BEL", "be", "state:BEL", " BEL "]) {
      const r = await ok(`query($b: ID) { mechanisms(filter: { namedBy: $b, purpose: EARLY_WARNING }) { nodes { name } } }`, { b: namedBy });
      expect(r.data.mechanisms.nodes.map((m: any) => m.name), namedBy).toEqual(BELGIUM_EARLY_WARNING);
      expect(r.statements).toBe(1);
    }
    const r = await ok(`{ mechanisms(filter: { namedBy: "BEL", purpose: EARLY_WARNING }) { totalCount nodes { key kind organisation { key } } } }`);
    expect(r.data.mechanisms.totalCount).toBe(4);
    expect(r.data.mechanisms.nodes.map((m: any) => [m.key, m.kind, m.organisation.key])).toEqual([
      ["peacebuilding-commission-country-configurations", "COUNTRY_CONFIGURATION", "peacebuilding-commission"],
      ["rights-up-front", "ACTION_PLAN", "un-secretariat"],
      ["human-rights-council-special-procedures", "INDEPENDENT_EXPERTS", "un-human-rights-council"],
      ["universal-periodic-review", "PEER_REVIEW", "un-human-rights-council"],
    ]);
    // The page, its count, the organisations.
    expect(r.statements).toBe(3);
  });

  it("answers the same from Belgium's documents, in the order of the text, with its words quoted exactly", async () => {
    const r = await ok(`{ documents(filter: { author: "BEL" }) { nodes { key text
      mechanisms(purpose: EARLY_WARNING) { name organisation { name } }
      mentions(purpose: EARLY_WARNING) { quote passage { text } mechanism { key } sources { quote citation { publisher } } } } } }`);
    const [doc] = r.data.documents.nodes;
    expect(doc.key).toBe(BELGIUM);
    expect(doc.mechanisms.map((m: any) => m.name)).toEqual([
      "Country-Specific Configurations of the Peacebuilding Commission",
      "Universal Periodic Review",
      "Special Procedures of the Human Rights Council",
      "Rights Up Front",
    ]);
    expect(doc.mechanisms.map((m: any) => m.organisation.name)).toEqual([
      "United Nations Peacebuilding Commission", "United Nations Human Rights Council", "United Nations Human Rights Council", "United Nations Secretariat",
    ]);
    for (const m of doc.mentions) {
      expect(space(doc.text)).toContain(m.quote);
      expect(m.passage.text).toContain(m.quote);
      expect(m.sources[0].quote).toBe(m.quote);
    }
    // The page, mentions, mechanisms, organisations, passages, source links, citations.
    expect(r.statements).toBe(7);
  });

  it("keeps who named it and for what to one mention, and narrows by document, kind and organisation", async () => {
    const names = async (filter: string) => (await ok(`{ mechanisms(filter: ${filter}) { nodes { key } } }`)).data.mechanisms.nodes.map((m: any) => m.key);
    expect(await names(`{ namedBy: "BEL", purpose: ACCOUNTABILITY }`)).toEqual([]);
    expect(await names(`{ namedBy: "GHA", purpose: EARLY_WARNING }`)).toEqual([]);
    expect(await names(`{ namedBy: "BEL" }`)).toHaveLength(4);
    expect(await names(`{ document: "${BELGIUM}", kinds: [PEER_REVIEW, INDEPENDENT_EXPERTS] }`)).toEqual(["human-rights-council-special-procedures", "universal-periodic-review"]);
    expect(await names(`{ organisation: "HRC" }`)).toEqual(["human-rights-council-special-procedures", "universal-periodic-review"]);
    expect(await names(`{ document: "no-such-document" }`)).toEqual([]);
    const page = await ok(`{ mechanisms(first: 2, orderBy: { field: NAME, direction: DESC }) { nodes { key } pageInfo { hasNextPage endCursor } } }`);
    expect(page.data.mechanisms.nodes.map((m: any) => m.key)).toEqual(["universal-periodic-review", "human-rights-council-special-procedures"]);
    const next = await ok(`query($c: String) { mechanisms(first: 2, after: $c, orderBy: { field: NAME, direction: DESC }) { nodes { key } } }`, { c: page.data.mechanisms.pageInfo.endCursor });
    expect(next.data.mechanisms.nodes.map((m: any) => m.key)).toEqual(["rights-up-front", "peacebuilding-commission-country-configurations"]);
    const belgium = (await ok(`{ documents(filter: { author: "BEL" }) { nodes { id } } }`)).data.documents.nodes[0].id;
    expect(await names(`{ document: "${belgium}", purpose: EARLY_WARNING, organisation: "un-secretariat" }`)).toEqual(["rights-up-front"]);
  });

  it("counts Belgium's mentions: six of four mechanisms, two not for early warning", async () => {
    const r = await ok(`{ documents(filter: { author: "BEL" }) { nodes { mentions { purpose mechanism { key } } mechanisms { key } crimes { name } } } }`);
    const [doc] = r.data.documents.nodes;
    expect(doc.mentions).toHaveLength(6);
    expect(doc.mentions.filter((m: any) => m.purpose == null).map((m: any) => m.mechanism.key)).toEqual([
      "human-rights-council-special-procedures", "peacebuilding-commission-country-configurations",
    ]);
    expect(doc.mechanisms).toHaveLength(4);
    expect(doc.crimes).toEqual([]);
    // The page, its mentions (one batch for mentions, mechanisms and crimes), the mechanisms; no crime to load.
    expect(r.statements).toBe(3);
  });

  it("gives each mechanism its sources, its organisation's mechanisms and the documents that name it", async () => {
    const r = await ok(`{
      mechanism(key: "Universal-Periodic-Review") { name acronym sources { quote citation { publisher } } mentionedIn { key } mentions { purpose note } }
      organisation(key: "un-human-rights-council") { mechanisms { key } }
    }`);
    expect(r.data.mechanism.acronym).toBe("UPR");
    expect(r.data.mechanism.sources.map((s: any) => s.citation.publisher)).toContain("Human Rights Watch");
    expect(r.data.mechanism.mentionedIn.map((d: any) => d.key)).toEqual([BELGIUM]);
    expect(r.data.mechanism.mentions.map((m: any) => m.purpose)).toEqual(["EARLY_WARNING"]);
    expect(r.data.organisation.mechanisms.map((m: any) => m.key)).toEqual(["human-rights-council-special-procedures", "universal-periodic-review"]);
    expect((await ok(`{ mechanism(key: "nothing-like-this") { key } }`)).data.mechanism).toBeNull();
  });
});

describe("ids, entity keys and refusals", () => {
  it("round-trips crimes and mechanisms through node(id:), one statement each", async () => {
    const r = await ok(`{ crime(crime: WAR_CRIMES) { id } mechanism(key: "rights-up-front") { id } }`);
    const crime = await ok(`query($id: ID!) { node(id: $id) { __typename id ... on AtrocityCrime { crime } } }`, { id: r.data.crime.id });
    expect(crime.data.node).toEqual({ __typename: "AtrocityCrime", id: r.data.crime.id, crime: "WAR_CRIMES" });
    expect(crime.statements).toBe(1);
    const mechanism = await ok(`query($id: ID!) { node(id: $id) { __typename ... on Mechanism { key } } }`, { id: r.data.mechanism.id });
    expect(mechanism.data.node).toEqual({ __typename: "Mechanism", key: "rights-up-front" });
    expect(mechanism.statements).toBe(1);
  });

  it("resolves Mechanism by key and AtrocityCrime by crime as federation entities", async () => {
    const r = await ok(`query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Mechanism { key } ... on AtrocityCrime { crime name } } }`, {
      r: [{ __typename: "Mechanism", key: "universal-periodic-review" }, { __typename: "AtrocityCrime", crime: "ETHNIC_CLEANSING" }, { __typename: "Mechanism", key: "UNIVERSAL-PERIODIC-REVIEW" }],
    });
    expect(r.data._entities).toEqual([
      { __typename: "Mechanism", key: "universal-periodic-review" },
      { __typename: "AtrocityCrime", crime: "ETHNIC_CLEANSING", name: "Ethnic cleansing" },
      null,
    ]);
  });

  it("refuses bad arguments with BAD_USER_INPUT naming them", async () => {
    await refused(`{ mechanisms(filter: { namedBy: "" }) { nodes { key } } }`, "filter.namedBy");
    await refused(`{ mechanisms(filter: { namedBy: "U3RhdGU6OTk5OTk5OTk5OTk5" }) { nodes { key } } }`, "filter.namedBy");
    await refused(`{ mechanisms(filter: { organisation: "%%%" }) { nodes { key } } }`, "filter.organisation");
    await refused(`{ mechanisms(filter: { document: "not a key!" }) { nodes { key } } }`, "filter.document");
    await refused(`{ mechanism(key: " ") { key } }`, "key");
    await refused(`{ mechanisms(first: 101) { nodes { key } } }`, "first");
  });
});

describe("list fan-outs of the new lists", () => {
  it("holds on the seed data for every plain list the crimes and mechanisms add", async () => {
    const r = await ok(`{
      crimes { coverage { __typename } treaties { __typename } mentions { sources { __typename } } documents { __typename } sources { __typename } }
      mechanisms(first: 100) { nodes { mentions { __typename } mentionedIn { __typename } sources { __typename } } }
      organisations(first: 100) { nodes { mechanisms { __typename } } }
      documents(first: 100) { nodes { crimes { __typename } mechanisms { __typename } mentions { __typename } commitments { mentions { __typename } } } }
    }`);
    const seen: Record<string, number> = { "Query.crimes": r.data.crimes.length };
    const max = (key: string, n: number) => (seen[key] = Math.max(seen[key] ?? 0, n));
    for (const c of r.data.crimes) {
      for (const f of ["coverage", "treaties", "mentions", "documents", "sources"]) max(`AtrocityCrime.${f}`, c[f].length);
      for (const m of c.mentions) max("DocumentMention.sources", m.sources.length);
    }
    for (const m of r.data.mechanisms.nodes) for (const f of ["mentions", "mentionedIn", "sources"]) max(`Mechanism.${f}`, m[f].length);
    for (const o of r.data.organisations.nodes) max("Organisation.mechanisms", o.mechanisms.length);
    for (const d of r.data.documents.nodes) {
      for (const f of ["crimes", "mechanisms", "mentions"]) max(`Document.${f}`, d[f].length);
      for (const c of d.commitments) max("DocumentCommitment.mentions", c.mentions.length);
    }
    expect(Object.keys(seen)).toHaveLength(15);
    expect(Object.entries(seen).filter(([key, n]) => !(key in LIST_FANOUT) || n > LIST_FANOUT[key])).toEqual([]);
  });
});

// The example operations TheFourCrimes and BelgiumEarlyWarningTools run in test/examples.test.ts.
