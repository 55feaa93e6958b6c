import { BadUserInputError } from "../errors/bad-user-input.error";
import { fromGlobalId } from "../global-id";

/** The kinds of thing a filter value can name by a natural key. */
export type KeyedType = "State" | "Organisation" | "Network" | "TreatyProposal";

/**
 * A filter value read as what it names: an issued global id, a natural key (with the kinds it may
 * name), or nothing (a global id of another type can match no row, like an unknown key).
 */
export type FilterRef = { by: "id"; type: KeyedType; pk: number } | { by: "key"; key: string; types: KeyedType[] } | { by: "nothing" };

/** `organisation:au` names the African Union where `AU` alone is Australia's code. */
const PREFIXES: Record<string, KeyedType> = { state: "State", organisation: "Organisation" };
const PREFIXED = /^(state|organisation):(.*)$/is;

/** What a key can look like in the arguments typed `ID` (which always refused text that is no id): letters, digits and a few separators. */
const KEY_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,99}$/u;

/** Could be an ISO 3166-1 alpha-2 or alpha-3 code (only then is the state table asked). */
const CODE_SHAPE = /^[A-Za-z]{2,3}$/;

/**
 * Base64url of `Type:…`: an attempt at a global id. The `ID` arguments keep refusing such a value
 * when the API never issued it (a forged or truncated id), as they did before natural keys.
 */
function looksLikeGlobalId(value: string): boolean {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return false;
  return /^[A-Za-z_]+:[\x20-\x7e]*$/.test(Buffer.from(value, "base64url").toString("latin1"));
}

/**
 * Reads one filter value naming a state, an organisation, a network or a treaty (`types` says
 * which). In order: a global id this API issued; else a natural key, optionally prefixed `state:`
 * or `organisation:`. Nothing is looked up here: the key is resolved inside the filter's own SQL.
 * `strict` is for the arguments typed `ID`, which refused any text that was not a global id before
 * they took keys: they still refuse forged ids, blank text and text no key can look like.
 */
export function readFilterRef(argumentName: string, raw: string, types: KeyedType[], strict: boolean): FilterRef {
  const value = raw.trim();
  const id = fromGlobalId(value);
  if (id) return (types as string[]).includes(id.type) ? { by: "id", type: id.type as KeyedType, pk: id.id } : { by: "nothing" };
  if (strict && looksLikeGlobalId(value)) throw new BadUserInputError(argumentName, "is not a global id returned by this API, nor a natural key");
  let key = value;
  let allowed = types;
  const prefixed = PREFIXED.exec(value);
  if (prefixed) {
    const only = PREFIXES[prefixed[1].toLowerCase()];
    allowed = types.filter((t) => t === only);
    key = prefixed[2].trim();
  }
  if (strict && !KEY_SHAPE.test(key)) {
    throw new BadUserInputError(argumentName, "must be a global id or a natural key (an ISO code, an acronym, a key or a slug)");
  }
  return allowed.length ? { by: "key", key, types: allowed } : { by: "nothing" };
}

/** An SQL condition with its named parameters, ready for `andWhere`. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** The sub-query that turns a key into the ids of one kind (`p` keeps aliases and parameters apart). */
function idsOfKey(type: KeyedType, p: string, stateCodeWins: boolean): string {
  switch (type) {
    case "State":
      return `SELECT ${p}_s.id FROM state ${p}_s WHERE ${p}_s.alpha2 = :${p}Code OR ${p}_s.alpha3 = :${p}Code`;
    case "Organisation":
      // A state code wins over an acronym spelled the same (AU, EC): one value, one actor.
      return `SELECT ${p}_o.id FROM organisation ${p}_o WHERE (LOWER(${p}_o.acronym) = :${p}Key OR LOWER(${p}_o.key) = :${p}Key)${
        stateCodeWins ? ` AND NOT EXISTS (SELECT 1 FROM state ${p}_x WHERE ${p}_x.alpha2 = :${p}Code OR ${p}_x.alpha3 = :${p}Code)` : ""
      }`;
    case "Network":
      return `SELECT ${p}_n.id FROM network ${p}_n WHERE ${p}_n.slug = :${p}Key`;
    case "TreatyProposal":
      return `SELECT ${p}_t.id FROM treaty_proposal ${p}_t WHERE ${p}_t.slug = :${p}Key`;
  }
}

/**
 * The condition "these columns point at what `ref` names". `columns` gives, for each kind the
 * caller can match, the column holding its id (`{ State: "hp.state_id", Organisation: "hp.organisation_id" }`).
 * A key becomes `column IN (sub-query)`, so resolving it costs no statement of its own; the state
 * table is asked only for values shaped like an ISO code. `p` must be unique within the query.
 */
export function refCondition(ref: FilterRef, columns: Partial<Record<KeyedType, string>>, p: string): SqlCondition {
  if (ref.by === "id") {
    const column = columns[ref.type];
    return column ? { sql: `${column} = :${p}Pk`, params: { [`${p}Pk`]: ref.pk } } : { sql: "1 = 0", params: {} };
  }
  if (ref.by === "nothing") return { sql: "1 = 0", params: {} };
  const codeShaped = CODE_SHAPE.test(ref.key);
  const kinds = ref.types.filter((t) => columns[t] && (t !== "State" || codeShaped));
  if (!kinds.length) return { sql: "1 = 0", params: {} };
  const stateCodeWins = codeShaped && ref.types.includes("State");
  const parts = kinds.map((t) => `${columns[t]} IN (${idsOfKey(t, p, stateCodeWins)})`);
  return {
    sql: parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`,
    params: { [`${p}Key`]: ref.key.toLowerCase(), [`${p}Code`]: ref.key.toUpperCase() },
  };
}

/** Shorthand: read a value and build its condition in one call. */
export function filterRefCondition(
  argumentName: string,
  raw: string,
  columns: Partial<Record<KeyedType, string>>,
  p: string,
  strict: boolean,
): SqlCondition {
  return refCondition(readFilterRef(argumentName, raw, Object.keys(columns) as KeyedType[], strict), columns, p);
}
