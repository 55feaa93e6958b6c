import { NameKind } from "../../entities/enums/name-kind.enum";
import { UnLanguage } from "../../entities/enums/un-language.enum";
import type { RecordChecker } from "./checker";

/** One name row before it has an actor id: what `actor_name` holds. */
export interface NameRow {
  lang: UnLanguage;
  kind: NameKind;
  text: string;
  citation: string;
}

/** world-countries' `translations` keys (ISO 639-3) for the UN languages other than English. */
export const WORLD_COUNTRIES_LANGS: [UnLanguage, string][] = [
  [UnLanguage.AR, "ara"], [UnLanguage.ZH, "zho"], [UnLanguage.FR, "fra"], [UnLanguage.RU, "rus"], [UnLanguage.ES, "spa"],
];

/**
 * Checks a record's `names` (NameSeed[]) and returns them as rows. English is refused: the
 * record's own `name` is the English name. Organisations take COMMON names only (they are recorded
 * under their full name, so they have no separate official one).
 */
export function checkNames(v: RecordChecker, record: any, organisation: boolean): NameRow[] {
  const seen = new Set<string>();
  return v.list<any>(record, "names").map((n, i) => {
    const path = `names[${i}]`;
    const lang = v.enumValue(n, "lang", UnLanguage, undefined, `${path}.lang`);
    if (lang === UnLanguage.EN) v.fail(`${path}.lang: the English name is the record's own name`);
    const kind = v.enumValue(n, "kind", NameKind, NameKind.COMMON, `${path}.kind`);
    if (organisation && kind !== NameKind.COMMON) v.fail(`${path}.kind: organisations have COMMON names only`);
    if (seen.has(`${lang}/${kind}`)) v.fail(`${path}: a second ${kind} name in ${lang}`);
    seen.add(`${lang}/${kind}`);
    const [source] = v.sources({ sources: n?.source == null ? [] : [n.source] });
    return { lang, kind, text: v.str(n, "name", `${path}.name`), citation: source?.citation };
  });
}

/** Puts `corrections` in place of the rows of the same language and kind. */
export function replaceNames(rows: NameRow[], corrections: NameRow[]): NameRow[] {
  const replaced = new Set(corrections.map((n) => `${n.lang}/${n.kind}`));
  return [...rows.filter((n) => !replaced.has(`${n.lang}/${n.kind}`)), ...corrections];
}
