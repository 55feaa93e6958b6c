import DataLoader from "./request-dataloader";
import { ActorName } from "../../entities/actor-name.entity";
import { UN_LANGUAGES, type UnLanguage } from "../../entities/enums/un-language.enum";
import { defineLoader } from "./loader-registry";

/** A state or an organisation, by its table and key, and the language wanted (null: every language). */
export interface ActorNamesKey {
  type: "State" | "Organisation";
  pk: number;
  lang: UnLanguage | null;
}

const LANGUAGE_ORDER = new Map(UN_LANGUAGES.map((lang, i) => [lang, i]));
/** The UN's language order; COMMON before OFFICIAL within a language. */
const byLanguageThenKind = (a: ActorName, b: ActorName) =>
  LANGUAGE_ORDER.get(a.lang)! - LANGUAGE_ORDER.get(b.lang)! || a.kind.localeCompare(b.kind);

interface RawName {
  id: number | string;
  state_id: number | string | null;
  organisation_id: number | string | null;
  lang: ActorName["lang"];
  kind: ActorName["kind"];
  text: string;
  citation_id: number | string;
}

const toName = (raw: RawName): ActorName =>
  Object.assign(new ActorName(), {
    pk: Number(raw.id),
    actor: { stateId: raw.state_id == null ? null : Number(raw.state_id), organisationId: raw.organisation_id == null ? null : Number(raw.organisation_id) },
    lang: raw.lang,
    kind: raw.kind,
    text: raw.text,
    citationId: Number(raw.citation_id),
  });

/**
 * The names of each actor in one language (or in all), in the UN's language order. One statement
 * per batch, for all the states and organisations of a level and every language their fields ask
 * for: `name(lang: FR)`, `officialName(lang: RU)` and `names` on a page of 100 states share one
 * `WHERE (state_id IN (…)) AND lang IN ('FR', 'RU')`, and the language filter drops when a key
 * wants every language. Reading only the languages asked for keeps a French page to 2 rows a
 * state instead of 12. Rows are read raw and built by hand: TypeORM's entity hydration of a
 * thousand names would cost more than the statement.
 */
export const namesByActor = defineLoader("namesByActor", (ds) =>
  new DataLoader<ActorNamesKey, ActorName[], string>(
    async (keys) => {
      const states = [...new Set(keys.filter((k) => k.type === "State").map((k) => k.pk))];
      const organisations = [...new Set(keys.filter((k) => k.type === "Organisation").map((k) => k.pk))];
      const langs = keys.some((k) => k.lang === null) ? null : [...new Set(keys.map((k) => k.lang!))];
      const qb = ds
        .getRepository(ActorName)
        .createQueryBuilder("t")
        .select(["t.id AS id", "t.state_id AS state_id", "t.organisation_id AS organisation_id", "t.lang AS lang", "t.kind AS kind", "t.text AS text", "t.citation_id AS citation_id"]);
      const actors = [states.length ? "t.state_id IN (:...states)" : null, organisations.length ? "t.organisation_id IN (:...organisations)" : null].filter(Boolean);
      qb.where(`(${actors.join(" OR ")})`, { states, organisations });
      if (langs) qb.andWhere("t.lang IN (:...langs)", { langs });
      const grouped = new Map<string, ActorName[]>();
      for (const raw of await qb.getRawMany<RawName>()) {
        const actor = raw.state_id != null ? `State:${raw.state_id}` : `Organisation:${raw.organisation_id}`;
        const list = grouped.get(actor);
        if (list) list.push(toName(raw));
        else grouped.set(actor, [toName(raw)]);
      }
      for (const list of grouped.values()) list.sort(byLanguageThenKind);
      return keys.map((k) => {
        const all = grouped.get(`${k.type}:${k.pk}`) ?? [];
        return k.lang === null ? all : all.filter((n) => n.lang === k.lang);
      });
    },
    { cacheKeyFn: (k) => `${k.type}:${k.pk}:${k.lang ?? "*"}` },
  ),
);
