import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { rebuildSearchIndex } from "../src/search/search-index.builder";
import { testDialect } from "./support/test-databases";
import { migrate, undoLastMigration } from "../src/db/migrations";

const dialect = testDialect();

/** The full-text objects each dialect's SearchIndex migration creates (beside the search_entry table). */
async function searchIndexObjects(): Promise<string[]> {
  if (dialect === "sqlite") {
    const rows = await hub.ds.query(`SELECT name FROM sqlite_master WHERE name LIKE 'search_fts%' OR name LIKE 'search_entry_fts%' ORDER BY name`);
    return rows.map((o: { name: string }) => o.name);
  }
  const rows = await hub.ds.query(
    `SELECT 'index ' || indexname || ': ' || indexdef AS name FROM pg_indexes WHERE tablename = 'search_entry' AND indexname = 'search_entry_fts'
     UNION ALL SELECT 'function ' || p.proname || ' ' || p.provolatile::text FROM pg_proc p WHERE p.proname = 'hub_fold' ORDER BY 1`,
  );
  return rows.map((o: { name: string }) => o.name);
}

let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { type score snippet matchedField node { id __typename
      ... on State { alpha3 } ... on Network { slug } ... on Document { key } ... on Meeting { key }
      ... on TreatyProposal { slug } ... on Person { key } ... on Organisation { key } } } }
  }
}`;

interface Hit { type: string; score: number; snippet: string; matchedField: string; node: Record<string, string> }
const hits = (r: { data?: any }): Hit[] => r.data.search.edges.map((e: { node: Hit }) => e.node);
const keyOf = (h: Hit) => `${h.node.__typename}:${h.node.slug ?? h.node.key ?? h.node.alpha3}`;

describe("search", () => {
  it("leaves TypeORM's schema diff clean after the FTS migration", async () => {
    const pending = await hub.ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    if (dialect === "sqlite") {
      const objects = await hub.ds.query(`SELECT type, name FROM sqlite_master WHERE name LIKE 'search_%' AND type IN ('table', 'trigger') ORDER BY name`);
      expect(objects.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(["search_entry", "search_fts", "search_entry_fts_insert", "search_entry_fts_delete", "search_entry_fts_update"]));
    } else {
      // the GIN expression index (which TypeORM does not read, so does not drop) and the IMMUTABLE fold function
      const objects = await searchIndexObjects();
      expect(objects).toHaveLength(2);
      expect(objects[0]).toBe("function hub_fold i");
      expect(objects[1]).toBe(
        `index search_entry_fts: CREATE INDEX search_entry_fts ON public.search_entry USING gin (((setweight(to_tsvector('simple'::regconfig, hub_fold(title)), 'A'::"char") || setweight(to_tsvector('simple'::regconfig, hub_fold(body)), 'B'::"char"))))`,
      );
    }
  });

  it("finds the R2P focal points network and the 2011 joint press statement for 'focal points'", async () => {
    const r = await hub.gql(SEARCH, { q: "focal points", types: ["NETWORK", "DOCUMENT"], first: 50 });
    expect(r.errors).toBeUndefined();
    const keys = hits(r).map(keyOf);
    expect(keys).toContain("Network:r2p-focal-points");
    expect(keys).toContain("Document:r2p-fp-2011-joint-press-statement");
    expect(hits(r).every((h) => h.type === "NETWORK" || h.type === "DOCUMENT")).toBe(true);
    expect(r.data.search.totalCount).toBe(hits(r).length);
    // one ranked statement (total included), one batched statement per node type on the page
    expect(r.statements).toBe(3);
  });

  it("ranks title matches above body-only matches for 'Ljubljana'", async () => {
    const r = await hub.gql(SEARCH, { q: "Ljubljana", first: 10 });
    expect(r.errors).toBeUndefined();
    const found = hits(r);
    // What the title weight guarantees on both dialects is that every title match ranks above every
    // body-only match (the MLA Initiative network mentions Ljubljana only in its description).
    // Among the title matches the engines differ: FTS5's bm25 normalises by the length of the whole
    // row (title + body), so the treaty proposal, whose name and description are long, ranks after
    // the two meetings with short titles that name Ljubljana; PostgreSQL's ts_rank_cd (no length
    // normalisation) adds up every occurrence, so the proposal, which also names Ljubljana four
    // times in its body (short name, aliases, description), ranks first, then the 2023 conference (Ljubljana in its title and
    // description), then the 2024 signing conference (title only).
    const expected = {
      sqlite: [
        "Meeting:mla-signing-conference-2024",
        "Meeting:mla-ljubljana-diplomatic-conference-2023",
        "TreatyProposal:ljubljana-the-hague-convention",
        "Network:mla-initiative",
      ],
      postgres: [
        "TreatyProposal:ljubljana-the-hague-convention",
        "Meeting:mla-ljubljana-diplomatic-conference-2023",
        "Meeting:mla-signing-conference-2024",
        "Network:mla-initiative",
      ],
    }[dialect];
    expect(found.map(keyOf)).toEqual(expected);
    expect(found.map((h) => h.matchedField)).toEqual(["title", "title", "title", "body"]);
    expect(found[expected.indexOf("TreatyProposal:ljubljana-the-hague-convention")].type).toBe("TREATY_PROPOSAL");
    const scores = found.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(r.statements).toBe(4); // search + Meeting + TreatyProposal + Network loaders
  });

  it("keeps only the requested types", async () => {
    const r = await hub.gql(SEARCH, { q: "Ljubljana", types: ["MEETING"] });
    expect(r.errors).toBeUndefined();
    expect(hits(r).length).toBeGreaterThan(0);
    expect(hits(r).every((h) => h.type === "MEETING" && h.node.__typename === "Meeting")).toBe(true);
    expect(hits(r).map(keyOf)).toContain("Meeting:mla-ljubljana-diplomatic-conference-2023");
    expect(r.statements).toBe(2);
  });

  it("highlights matches with <mark> and escapes everything else", async () => {
    const r = await hub.gql(SEARCH, { q: "focal points", types: ["NETWORK"] });
    const network = hits(r).find((h) => h.node.slug === "r2p-focal-points")!;
    expect(network.snippet).toMatch(/<mark>focal<\/mark>/i);
    expect(network.matchedField).toBe("title");
    for (const h of hits(r)) expect(h.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    expect(r.statements).toBe(2);
  });

  it("folds diacritics: 'Cote d'Ivoire' finds Côte d'Ivoire and the people who represent it", async () => {
    const state = await hub.gql(SEARCH, { q: "Cote d'Ivoire", types: ["STATE"] });
    expect(hits(state)[0].node.alpha3).toBe("CIV");
    expect(state.statements).toBe(2);
    // no person's record spells it without the circumflex, so only folding can find it
    const person = await hub.gql(SEARCH, { q: "Representative of Cote d'Ivoire", types: ["PERSON"] });
    expect(person.errors).toBeUndefined();
    expect(hits(person).length).toBeGreaterThan(0);
    expect(hits(person)[0].snippet).toMatch(/<mark>Côte<\/mark>/);
    expect(person.statements).toBe(2);
  });

  it("never lets hostile input reach FTS as syntax", async () => {
    const inputs = ['"', "AND OR NOT", "*", "title:foo", "NEAR(", 'Ljubljana "unbalanced', "🙂🙂", "x".repeat(201), "focal) OR (points", "-focal", "^ljubljana", "{title body}:x"];
    for (const q of inputs) {
      const r = await hub.gql(SEARCH, { q });
      const codes = (r.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, q).not.toContain("INTERNAL_SERVER_ERROR");
      if (r.errors) {
        expect(r.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "query" });
        expect(r.statements, q).toBe(0);
      } else {
        expect(r.data.search.totalCount, q).toBeGreaterThanOrEqual(0);
      }
    }
    expect(hub.loggedErrors).toEqual([]);
    const quote = await hub.gql(SEARCH, { q: '"' });
    expect(quote.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "query" });
    const long = await hub.gql(SEARCH, { q: "x".repeat(201) });
    expect(long.errors?.[0].message).toMatch(/200 characters/);
    // FTS5 operators are upper-case; here they are plain words, so "AND OR NOT" finds exactly what "and or not" finds
    const ops = await hub.gql(`query($q: String!) { search(query: $q) { totalCount } }`, { q: "AND OR NOT" });
    const words = await hub.gql(`query($q: String!) { search(query: $q) { totalCount } }`, { q: "and or not" });
    expect(ops.data.search.totalCount).toBeGreaterThan(0);
    expect(ops.data.search.totalCount).toBe(words.data.search.totalCount);
    expect(ops.statements).toBe(1);
    // a stray quote is a separator: the rest is still searched
    const unbalanced = await hub.gql(SEARCH, { q: 'Ljubljana "unbalanced' });
    expect(unbalanced.errors).toBeUndefined();
  });

  it("pages with after, without gaps or repeats", async () => {
    const all = await hub.gql(SEARCH, { q: "focal points", first: 6 });
    const p1 = await hub.gql(SEARCH, { q: "focal points", first: 3 });
    expect(p1.data.search.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await hub.gql(SEARCH, { q: "focal points", first: 3, after: p1.data.search.pageInfo.endCursor });
    expect(p2.data.search.pageInfo.hasPreviousPage).toBe(true);
    expect([...hits(p1), ...hits(p2)].map(keyOf)).toEqual(hits(all).map(keyOf));
    expect(p2.data.search.totalCount).toBe(all.data.search.totalCount);
    expect(p2.statements).toBe(1 + new Set(hits(p2).map((h) => h.type)).size);
  });

  it("rejects bad paging arguments, naming them", async () => {
    const big = await hub.gql(SEARCH, { q: "focal", first: 101 });
    expect(big.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
    const cursor = await hub.gql(SEARCH, { q: "focal", after: "not-a-cursor" });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    const none = await hub.gql(SEARCH, { q: "focal", types: [] });
    expect(none.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "types" });
    expect([big.statements, cursor.statements, none.statements]).toEqual([0, 0, 0]);
  });

  it("counts only when totalCount is selected, and an empty result costs one statement", async () => {
    const r = await hub.gql(`{ search(query: "focal points", types: [NETWORK], first: 1) { nodes { type } } }`);
    expect(r.data.search.nodes).toHaveLength(1);
    expect(r.statements).toBe(1);
    const empty = await hub.gql(`{ search(query: "zzzqqq") { totalCount nodes { type } } }`);
    expect(empty.data.search).toEqual({ totalCount: 0, nodes: [] });
    expect(empty.statements).toBe(1);
  });

  it("rebuilds the index set-based and keeps it in step with writes (FTS5 triggers; the GIN expression index on PostgreSQL)", async () => {
    const before = await hub.gql(SEARCH, { q: "Ljubljana" });
    const tables = ["state", "organisation", "network", "meeting", "document", "treaty_proposal", "person"];
    const counts = await Promise.all(tables.map(async (t) => Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n)));
    const n = await hub.ds.transaction((m) => rebuildSearchIndex(m));
    expect(n).toBe(counts.reduce((a, b) => a + b, 0));
    const after = await hub.gql(SEARCH, { q: "Ljubljana" });
    expect(after.data.search.totalCount).toBe(before.data.search.totalCount);
    // a row written directly is indexed (by the update trigger on SQLite, by PostgreSQL itself), and forgotten again
    // (and text from the database is escaped: only the <mark> tags are markup)
    await hub.ds.query(`UPDATE search_entry SET body = body || ' <b>Xylophonique</b> & "co"' WHERE subject_type = 'State' AND title = 'Ghana'`);
    const found = await hub.gql(SEARCH, { q: "xylophonique" });
    expect(hits(found).map(keyOf)).toEqual(["State:GHA"]);
    expect(hits(found)[0].snippet).toContain("&lt;b&gt;<mark>Xylophonique</mark>&lt;/b&gt; &amp; &quot;co&quot;");
    expect(found.statements).toBe(2);
    await hub.ds.query(`UPDATE search_entry SET body = replace(body, ' <b>Xylophonique</b> & "co"', '') WHERE subject_type = 'State' AND title = 'Ghana'`);
    expect((await hub.gql(SEARCH, { q: "xylophonique" })).data.search.totalCount).toBe(0);
  });

  it("has a reversible migration", async () => {
    // Undo newest-first down to and including the search migration, then bring everything back.
    for (;;) {
      const [last] = await hub.ds.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      await undoLastMigration(hub.ds);
      if (String(last.name).startsWith("SearchIndex")) break;
    }
    expect(await searchIndexObjects()).toEqual([]);
    await migrate(hub.ds);
    const r = await hub.gql(SEARCH, { q: "Ljubljana", types: ["TREATY_PROPOSAL"] });
    expect(hits(r).map(keyOf)).toEqual(["TreatyProposal:ljubljana-the-hague-convention"]);
  });
});
