import worldCountries from "world-countries/countries.json";
import { UnStatus } from "../../entities/enums/un-status.enum";
import type { Located } from "./read-seed-files";
import type { RecordChecker, Checker } from "./checker";
import { NameKind } from "../../entities/enums/name-kind.enum";
import { UnLanguage } from "../../entities/enums/un-language.enum";
import { checkNames, replaceNames, WORLD_COUNTRIES_LANGS, type NameRow } from "./name-seeds";

/** A state row before it has an id, plus what the loader needs to link it. */
export interface StateSeedRow {
  name: string;
  officialName: string;
  alpha2: string;
  alpha3: string;
  numericCode: string | null;
  codesUserAssigned: boolean;
  aliases: string[];
  unStatus: UnStatus;
  unAdmittedOn: string | null;
  region: string | null;
  subregion: string | null;
  /** world-countries' UN regional group, mapped to our group key. */
  derivedGroup: string | null;
  /** The names in the six UN languages, each with its citation (see `stateNames`). */
  names: NameRow[];
  sources: { citation: string; quote: string | null; note: string | null }[];
}

const GROUPS: Record<string, string> = {
  "African Group": "AFRICAN",
  "Asia and the Pacific Group": "ASIA_PACIFIC",
  "Eastern European Group": "EASTERN_EUROPEAN",
  "Latin American and Caribbean Group": "LATIN_AMERICAN_AND_CARIBBEAN",
  "Western European and Others Group": "WESTERN_EUROPEAN_AND_OTHERS",
};

/** Our public codes for Kosovo; world-countries uses the user-assigned alpha-3 UNK. */
const CODE_FIXES: Record<string, string> = { UNK: "XKX" };

export const WORLD_COUNTRIES_CITATION = "geo-world-countries";
export const UN_MEMBERSHIP_CITATION = "geo-un-growth-in-membership";

/**
 * The states: world-countries (ODbL; see seeds/data/geo/README.md) with the documented
 * corrections and UN admission dates applied. A state is loaded when it ends up with a UN status.
 */
export function buildStates(checker: Checker, corrections: Located<any>[], admissions: Located<any>[]): StateSeedRow[] {
  const byAlpha3 = new Map<string, StateSeedRow>();
  for (const c of worldCountries as any[]) {
    const alpha3 = CODE_FIXES[c.cca3] ?? c.cca3;
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? [])].filter((n: string) => n.length > 3);
    byAlpha3.set(alpha3, {
      name: c.name.common,
      officialName: c.name.official,
      alpha2: c.cca2,
      alpha3,
      numericCode: c.ccn3 || null,
      codesUserAssigned: c.status === "user-assigned",
      aliases: names,
      unStatus: c.unMember ? UnStatus.MEMBER : UnStatus.NON_MEMBER,
      unAdmittedOn: null,
      region: c.region || null,
      subregion: c.subregion || null,
      derivedGroup: GROUPS[c.unRegionalGroup] ?? null,
      names: worldCountriesNames(c),
      sources: [{ citation: WORLD_COUNTRIES_CITATION, quote: null, note: "codes, names, region and regional group from world-countries 5.1.0 (ODbL-1.0)" }],
    });
  }
  // Loaded: members and observers, plus non-members a correction names on purpose (Kosovo).
  const named = new Set<string>();
  for (const loc of corrections) {
    const v: RecordChecker = checker.at(loc);
    const code = v.str(loc.record, "code");
    const state = byAlpha3.get(code);
    if (!state) {
      v.fail(`code ${JSON.stringify(code)} is not an alpha-3 code in world-countries`);
      continue;
    }
    if (loc.record.unStatus != null) state.unStatus = v.enumValue(loc.record, "unStatus", UnStatus);
    const sources = v.sources(loc.record);
    const correctedBy = sources[0]?.citation;
    if (loc.record.name) {
      state.name = v.str(loc.record, "name");
      state.names = correctEnglish(state.names, NameKind.COMMON, state.name, correctedBy);
    }
    if (loc.record.officialName) {
      state.officialName = v.str(loc.record, "officialName");
      state.names = correctEnglish(state.names, NameKind.OFFICIAL, state.officialName, correctedBy);
    }
    state.names = replaceNames(state.names, checkNames(v, loc.record, false));
    state.aliases.push(...v.list<string>(loc.record, "aliases"));
    v.str(loc.record, "note");
    state.sources.push(...sources.map((s) => ({ ...s, note: s.note ?? loc.record.note })));
    if (loc.record.unStatus != null) named.add(code);
  }
  for (const loc of admissions) {
    const v = checker.at(loc);
    const state = byAlpha3.get(loc.record.code);
    if (!state || state.unStatus !== UnStatus.MEMBER) v.fail(`code ${JSON.stringify(loc.record.code)} is not a UN member state`);
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(loc.record.admittedOn ?? "")) v.fail("admittedOn must be YYYY-MM-DD");
    else {
      state.unAdmittedOn = loc.record.admittedOn;
      state.sources.push({ citation: UN_MEMBERSHIP_CITATION, quote: null, note: `admitted to the UN on ${loc.record.admittedOn}` });
    }
  }
  const states = [...byAlpha3.values()]
    .filter((s) => s.unStatus !== UnStatus.NON_MEMBER || named.has(s.alpha3))
    .sort((a, b) => a.alpha3.localeCompare(b.alpha3));
  for (const s of states) {
    const seen = new Set([s.name.toLowerCase()]);
    s.aliases = s.aliases.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
    checker.known("state").add(s.alpha3).add(s.alpha2);
  }
  return states;
}

/**
 * A state's names from world-countries: English (`name`) and its `translations` into the other
 * five UN languages, common and official. These are world-countries' names, not UNTERM's (the UN's
 * terminology database, which the data does not hold); a correction record can replace one with a
 * sourced name (`names`).
 */
function worldCountriesNames(c: any): NameRow[] {
  const rows: NameRow[] = [
    { lang: UnLanguage.EN, kind: NameKind.COMMON, text: c.name.common, citation: WORLD_COUNTRIES_CITATION },
    { lang: UnLanguage.EN, kind: NameKind.OFFICIAL, text: c.name.official, citation: WORLD_COUNTRIES_CITATION },
  ];
  for (const [lang, key] of WORLD_COUNTRIES_LANGS) {
    const t = c.translations?.[key];
    if (t?.common) rows.push({ lang, kind: NameKind.COMMON, text: t.common, citation: WORLD_COUNTRIES_CITATION });
    if (t?.official) rows.push({ lang, kind: NameKind.OFFICIAL, text: t.official, citation: WORLD_COUNTRIES_CITATION });
  }
  return rows;
}

/**
 * A correction replaced world-countries' English name of `kind`: the English row takes the new
 * name and the correction's source, and world-countries' translations of that kind go, because
 * they translate the name the correction rejected ("Costa de Marfil" and "ساحل العاج" are "Ivory
 * Coast", "Îles du Cap-Vert" is "Cape Verde", "Cité du Vatican" is "Vatican City", not "Holy
 * See"). Those languages fall back to English until a sourced name is added.
 */
function correctEnglish(names: NameRow[], kind: NameKind, text: string, citation: string): NameRow[] {
  return [...names.filter((n) => n.kind !== kind), { lang: UnLanguage.EN, kind, text, citation }];
}
