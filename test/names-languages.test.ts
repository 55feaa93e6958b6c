import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startTestHub, type TestHub } from "./support/test-server";
import { testDatabase } from "./support/database-template";
import { createDataSource } from "../src/db/data-source";
import { migrate } from "../src/db/migrations";
import { loadSeeds, SEED_DATA_DIR } from "../seeds/seed.loader";
import { SeedError } from "../seeds/loader/read-seed-files";

// Names of states and organisations in the six UN languages (issue 9 §6).
let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const WORLD_COUNTRIES = "https://github.com/mledoze/countries";
const SIX = `ar: name(lang: AR) zh: name(lang: ZH) en: name(lang: EN) fr: name(lang: FR) ru: name(lang: RU) es: name(lang: ES)`;

describe("a state's names in the six UN languages", () => {
  it("gives Germany's and France's common and official names, in one statement for both states", async () => {
    const r = await hub.gql(`{
      de: state(code: "DE") { name ${SIX} officialName ofr: officialName(lang: FR) oru: officialName(lang: RU) ozh: officialName(lang: ZH) }
      fr: state(code: "FRA") { ${SIX} oar: officialName(lang: AR) oes: officialName(lang: ES) }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.de).toEqual({
      name: "Germany", ar: "ألمانيا", zh: "德国", en: "Germany", fr: "Allemagne", ru: "Германия", es: "Alemania",
      officialName: "Federal Republic of Germany", ofr: "République fédérale d'Allemagne", oru: "Федеративная Республика Германия", ozh: "德意志联邦共和国",
    });
    expect(r.data.fr).toEqual({
      ar: "فرنسا", zh: "法国", en: "France", fr: "France", ru: "Франция", es: "Francia",
      oar: "الجمهورية الفرنسية",
      // world-countries' Spanish official name, error included (the adjective's gender): the data is the package's, not UNTERM's.
      oes: "República francés",
    });
    // Both states in one batch, then their names in one more: never a statement per language.
    expect(r.statements).toBe(2);
  });

  it("lists the twelve names with their language, kind and source, in the UN's language order", async () => {
    const r = await hub.gql(`{ state(code: "DEU") { names { lang kind text source { url publisher } } fr: names(lang: FR) { kind text } official: names(kind: OFFICIAL) { lang } } }`);
    expect(r.errors).toBeUndefined();
    const names = r.data.state.names;
    expect(names.map((n: any) => `${n.lang}/${n.kind}`)).toEqual(
      ["AR", "ZH", "EN", "FR", "RU", "ES"].flatMap((lang) => [`${lang}/COMMON`, `${lang}/OFFICIAL`]),
    );
    expect(new Set(names.map((n: any) => n.source.url))).toEqual(new Set([WORLD_COUNTRIES]));
    expect(r.data.state.fr).toEqual([{ kind: "COMMON", text: "Allemagne" }, { kind: "OFFICIAL", text: "République fédérale d'Allemagne" }]);
    expect(r.data.state.official.map((n: any) => n.lang)).toEqual(["AR", "ZH", "EN", "FR", "RU", "ES"]);
    // state, names, citations
    expect(r.statements).toBe(3);
  });

  it("keeps `name` and `officialName` without `lang` as before: English, from the row, no extra statement", async () => {
    const r = await hub.gql(`{ state(code: "CI") { name officialName en: name(lang: EN) oen: officialName(lang: EN) } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.state).toEqual({ name: "Côte d'Ivoire", officialName: "Republic of Côte d'Ivoire", en: "Côte d'Ivoire", oen: "Republic of Côte d'Ivoire" });
    expect(r.statements).toBe(1);
  });

  it("stores the same English names as the state rows, for all 196 states, with 5 translations of each kind", async () => {
    const seen: any[] = [];
    let after: string | null = null;
    do {
      const r: any = await hub.gql(`query($after: String) { states(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { alpha3 name officialName names { lang kind text } } } }`, { after });
      expect(r.errors).toBeUndefined();
      seen.push(...r.data.states.nodes);
      after = r.data.states.pageInfo.hasNextPage ? r.data.states.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(196);
    for (const s of seen) {
      const en = (kind: string) => s.names.find((n: any) => n.lang === "EN" && n.kind === kind)?.text;
      expect([en("COMMON"), en("OFFICIAL")], s.alpha3).toEqual([s.name, s.officialName]);
      expect(s.names.filter((n: any) => n.kind === "OFFICIAL"), s.alpha3).toHaveLength(6);
    }
    // Only the three states whose English name a correction replaced lack translated common names.
    const short = seen.filter((s) => s.names.filter((n: any) => n.kind === "COMMON").length < 6).map((s) => s.alpha3).sort();
    expect(short).toEqual(["CIV", "CPV", "VAT"]);
  });

  it("falls back to English where a correction replaced world-countries' English name, and says so in `names`", async () => {
    const r = await hub.gql(`{
      civ: state(code: "CIV") { es: name(lang: ES) ar: name(lang: AR) zh: officialName(lang: ZH) esNames: names(lang: ES) { kind text } en: names(lang: EN, kind: COMMON) { source { url } } }
      vat: state(code: "VA") { name fr: name(lang: FR) frNames: names(lang: FR, kind: COMMON) { text } }
    }`);
    expect(r.errors).toBeUndefined();
    // world-countries' "Costa de Marfil" and "ساحل العاج" translate "Ivory Coast", the name the UN does not use.
    expect(r.data.civ.es).toBe("Côte d'Ivoire");
    expect(r.data.civ.ar).toBe("Côte d'Ivoire");
    expect(r.data.civ.esNames).toEqual([{ kind: "OFFICIAL", text: "República de Côte d'Ivoire" }]);
    expect(r.data.civ.zh).toBe("科特迪瓦共和国");
    expect(r.data.civ.en).toEqual([{ source: { url: "https://www.un.org/en/about-us/member-states" } }]);
    expect(r.data.vat).toEqual({ name: "Holy See", fr: "Holy See", frNames: [] });
  });
});

describe("organisations: English, and other languages only where a source gives them", () => {
  it("answers an organisation without translations in English, and `names` holds only the English name", async () => {
    const r = await hub.gql(`{ organisation(acronym: "GCR2P") { name fr: name(lang: FR) ru: officialName(lang: RU) en: officialName names { lang kind text source { url } } fr2: names(lang: FR) { text } } }`);
    expect(r.errors).toBeUndefined();
    const name = "Global Centre for the Responsibility to Protect";
    expect(r.data.organisation).toEqual({
      name, fr: name, ru: name, en: name,
      names: [{ lang: "EN", kind: "COMMON", text: name, source: { url: "https://www.globalr2p.org/who-we-are/" } }],
      fr2: [],
    });
  });

  it("holds no translation for any of the 37 seeded organisations: their sources are English pages", async () => {
    const r = await hub.gql(`{ organisations(first: 100) { nodes { key names { lang } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.organisations.nodes).toHaveLength(37);
    expect(r.data.organisations.nodes.filter((o: any) => o.names.length !== 1 || o.names[0].lang !== "EN")).toEqual([]);
  });

  it("answers through the Actor interface for a mix of states and organisations, one statement per level", async () => {
    const query = (field: string) => `{ meeting: meetings(filter: { series: "R2P_FOCAL_POINTS_ANNUAL_MEETING" }, first: 3) { nodes { participants { actor { __typename ${field} } } } } }`;
    const english = await hub.gql(query("name"));
    const french = await hub.gql(query("name(lang: FR) names(lang: FR) { text }"));
    expect(english.errors).toBeUndefined();
    expect(french.errors).toBeUndefined();
    const actors = (r: any) => r.data.meeting.nodes.flatMap((m: any) => m.participants.map((p: any) => p.actor));
    expect(new Set(actors(french).map((a: any) => a.__typename))).toEqual(new Set(["State", "Organisation"]));
    const frenchNames = actors(french).map((a: any) => a.name);
    expect(frenchNames).toContain("Danemark");
    expect(frenchNames).toContain("Global Centre for the Responsibility to Protect");
    expect(french.statements).toBe(english.statements + 1);
  });
});

describe("cost and statements", () => {
  it("`states(first: 100) { name(lang: FR) }` runs 2 statements, whatever the languages and name fields asked", async () => {
    const one = await hub.gql(`{ states(first: 100) { nodes { name(lang: FR) } } }`);
    const many = await hub.gql(`{ states(first: 100) { nodes { name(lang: FR) ru: name(lang: RU) officialName(lang: AR) names { text } } } }`);
    const english = await hub.gql(`{ states(first: 100) { nodes { name } } }`);
    for (const r of [one, many, english]) expect(r.errors).toBeUndefined();
    expect(one.data.states.nodes).toHaveLength(100);
    expect(one.data.states.nodes.map((s: any) => s.name)).toContain("Allemagne");
    expect([one.statements, many.statements, english.statements]).toEqual([2, 2, 1]);
  });

  it("prices a name in another language as a fetch under every parent, and English as free", async () => {
    const cost = async (q: string) => ((await hub.gql(q)) as any).extensions.cost.requested;
    expect(await cost(`{ states(first: 100) { nodes { name } } }`)).toBe(1);
    expect(await cost(`{ states(first: 100) { nodes { name(lang: EN) } } }`)).toBe(1);
    expect(await cost(`{ states(first: 100) { nodes { name(lang: FR) } } }`)).toBe(101);
  });
});

describe("search by any of a state's names", () => {
  const SEARCH = `query($q: String!) { search(query: $q, types: [STATE], first: 3) { edges { node { snippet node { ... on State { alpha3 } } } } } }`;
  const top = async (q: string) => {
    const r = await hub.gql(SEARCH, { q });
    expect(r.errors).toBeUndefined();
    return r.data.search.edges.map((e: any) => e.node.node.alpha3);
  };

  it("finds Germany by its French, Spanish and Russian names, in any case", async () => {
    expect((await top("Allemagne"))[0]).toBe("DEU");
    expect((await top("allemagne"))[0]).toBe("DEU");
    expect((await top("Alemania"))[0]).toBe("DEU");
    expect((await top("Германия"))[0]).toBe("DEU");
    expect((await top("германия"))[0]).toBe("DEU");
    expect((await top("Федеративная Республика Германия"))[0]).toBe("DEU");
    expect((await top("République fédérale d'Allemagne"))[0]).toBe("DEU");
  });

  it("marks the matched translation in the snippet", async () => {
    const r = await hub.gql(SEARCH, { q: "Германия" });
    expect(r.data.search.edges[0].node.snippet).toContain("<mark>Германия</mark>");
  });

  it("finds Arabic names, and Chinese names as whole words or prefixes (the tokenizers do not segment Chinese)", async () => {
    expect((await top("ألمانيا"))[0]).toBe("DEU");
    expect((await top("德国"))[0]).toBe("DEU");
    // "德意志联邦共和国" is one token to both engines: its beginning finds it (the last word is a prefix)…
    expect((await top("德意志"))[0]).toBe("DEU");
    // …a word inside it does not ("联邦", federal).
    expect(await top("联邦")).not.toContain("DEU");
  });
});

describe("the seed format for translations", () => {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const o of open.splice(0)) await o.close();
  });

  /** A copy of the seed data with organisations.json edited. */
  function copyWithOrganisations(edit: (records: any[]) => void): string {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seeddata-")), "data");
    fs.cpSync(SEED_DATA_DIR, dir, { recursive: true });
    const file = path.join(dir, "organisations", "organisations.json");
    const records = JSON.parse(fs.readFileSync(file, "utf8"));
    edit(records);
    fs.writeFileSync(file, JSON.stringify(records));
    return dir;
  }

  it("loads an organisation's name in another language with its own source, and refuses English or OFFICIAL ones", async () => {
    // A test fixture, not seed data: the seed holds no organisation translations (see the test above).
    const dir = copyWithOrganisations((records) => {
      records.find((o) => o.key === "eu").names = [{ lang: "FR", name: "Union européenne", source: "org-eu-about" }];
    });
    const db = await testDatabase({ seeded: false });
    const ds = createDataSource(db.config);
    await ds.initialize();
    await migrate(ds);
    await loadSeeds(ds, dir);
    await ds.destroy();
    const fixtureHub = await startTestHub({ database: db });
    open.push({ close: async () => { await fixtureHub.close(); await db.drop(); } });
    const r = await fixtureHub.gql(`{ organisation(acronym: "EU") { fr: name(lang: FR) es: name(lang: ES) ofr: officialName(lang: FR) names { lang text source { url } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.organisation).toEqual({
      fr: "Union européenne", es: "European Union", ofr: "Union européenne",
      names: [
        { lang: "EN", text: "European Union", source: { url: "https://european-union.europa.eu/principles-countries-history_en" } },
        { lang: "FR", text: "Union européenne", source: { url: "https://european-union.europa.eu/principles-countries-history_en" } },
      ],
    });
    const search = await fixtureHub.gql(`{ search(query: "Union européenne", types: [ORGANISATION], first: 1) { nodes { node { ... on Organisation { key } } } } }`);
    expect(search.data.search.nodes[0].node.key).toBe("eu");

    const bad = copyWithOrganisations((records) => {
      records.find((o) => o.key === "au").names = [{ lang: "EN", name: "African Union", source: "org-au-about" }, { lang: "FR", kind: "OFFICIAL", name: "Union africaine" }];
    });
    const error = await loadSeeds(hub.ds, bad).catch((e) => e);
    expect(error).toBeInstanceOf(SeedError);
    const problems = (error as SeedError).problems.join("\n");
    expect(problems).toContain("names[0].lang: the English name is the record's own name");
    expect(problems).toContain("names[1].kind: organisations have COMMON names only");
    expect(problems).toContain("needs at least one citation");
  });
});
