/**
 * The descriptions of the language fields, in one place: they state the sources and the fallback
 * rule, which must read the same on `Actor`, `State` and `Organisation`.
 */
export const LANG_ARG = "The UN language to answer in (default English).";

export const NAME_FIELD =
  "The common name, in English unless `lang` asks for another UN language. When the sources give no name in that language (most organisations), the English name is returned, so the field is never null; `names(lang:)` is empty in that case, which is how a client tells a translation from the fallback. States' names in Arabic, Chinese, French, Russian and Spanish come from the world-countries package (`translations`), not from UNTERM, the UN's own terminology database; see `names` for each name's source.";

export const OFFICIAL_NAME_FIELD =
  "The official (formal) name, in English unless `lang` asks for another UN language, with the same fallback to English as `name`. For an organisation it is the same as `name`: organisations are recorded under their full name.";

export const NAMES_FIELD =
  "The names the sources give, each with its language, kind (COMMON or OFFICIAL) and source, in the UN's language order (AR, ZH, EN, FR, RU, ES). A language the sources give no name in is absent: nothing is filled in from English here. A state has up to 12 (6 languages × 2 kinds); an organisation has its English name and any translation its sources give.";
