import { registerEnumType } from "type-graphql";

/** The six official languages of the United Nations, in the UN's own order. */
export enum UnLanguage {
  AR = "AR",
  ZH = "ZH",
  EN = "EN",
  FR = "FR",
  RU = "RU",
  ES = "ES",
}

/** The UN's order (alphabetical by the languages' English names): lists of names follow it. */
export const UN_LANGUAGES: readonly UnLanguage[] = [UnLanguage.AR, UnLanguage.ZH, UnLanguage.EN, UnLanguage.FR, UnLanguage.RU, UnLanguage.ES];

registerEnumType(UnLanguage, {
  name: "UnLanguage",
  description: "One of the six official languages of the United Nations (ISO 639-1 codes, upper case).",
  valuesConfig: {
    AR: { description: "Arabic." },
    ZH: { description: "Chinese, in simplified characters (as the UN writes it)." },
    EN: { description: "English: the language every name in the hub has." },
    FR: { description: "French." },
    RU: { description: "Russian." },
    ES: { description: "Spanish." },
  },
});
