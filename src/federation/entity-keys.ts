import type { Context } from "../context";
import { fromGlobalId } from "../global-id";
import { loadNode } from "../node-types";
import { isStorableText } from "../input/input-limits";
import { stateByCode } from "../loaders/state.loaders";
import { networkBySlug } from "../loaders/network.loaders";
import { treatyProposalBySlug } from "../loaders/treaty.loaders";
import { organisationByKey } from "../loaders/organisation.loaders";
import { regionalGroupByKey } from "../loaders/regional-group.loaders";
import { meetingByKey } from "../loaders/meeting.loaders";
import { personByKey } from "../loaders/person.loaders";
import { documentByKey } from "../loaders/document.loaders";
import { atrocityCrimeByCrime, mechanismByKey } from "../loaders/atrocity.loaders";

/** One `@key` of an entity: the field partners join on, and how the hub finds a row by it. */
export interface EntityKey {
  field: string;
  load(ctx: Context, value: string, typeName: string): Promise<object | null>;
}

/** Every `Node` type is an entity keyed by its global id; an id of another type matches nothing. */
export const GLOBAL_ID_KEY: EntityKey = {
  field: "id",
  load: async (ctx, value, typeName) => {
    const parsed = fromGlobalId(value);
    return parsed && parsed.type === typeName ? loadNode(ctx, typeName, parsed.id) : null;
  },
};

/**
 * A key matched exactly as the hub prints it. The by-key loaders are the ones the query fields use
 * (some compare case-insensitively, and `stateByCode` takes alpha-2 and alpha-3 alike), so the row
 * they find must carry the very value asked for: an entity has one representation per key.
 */
function exactKey<T extends object>(field: string & keyof T, load: (ctx: Context, value: string) => Promise<T | null>): EntityKey {
  return {
    field,
    load: async (ctx, value) => {
      const row = await load(ctx, value);
      return row && row[field] === value ? row : null;
    },
  };
}

/**
 * Natural keys: stable identifiers partners already hold, unique and never null in the data (the
 * columns have unique indexes). Adding one is an additive change; removing one breaks partners.
 */
export const NATURAL_KEYS: Readonly<Record<string, readonly EntityKey[]>> = {
  State: [
    exactKey("alpha2", (ctx, v) => ctx.loaders.get(stateByCode).load(v)),
    exactKey("alpha3", (ctx, v) => ctx.loaders.get(stateByCode).load(v)),
  ],
  Organisation: [exactKey("key", (ctx, v) => ctx.loaders.get(organisationByKey).load(v.toLowerCase()))],
  Network: [exactKey("slug", (ctx, v) => ctx.loaders.get(networkBySlug).load(v))],
  TreatyProposal: [exactKey("slug", (ctx, v) => ctx.loaders.get(treatyProposalBySlug).load(v))],
  RegionalGroup: [exactKey("key", (ctx, v) => ctx.loaders.get(regionalGroupByKey).load(v))],
  Meeting: [exactKey("key", (ctx, v) => ctx.loaders.get(meetingByKey).load(v))],
  Person: [exactKey("key", (ctx, v) => ctx.loaders.get(personByKey).load(v))],
  Document: [exactKey("key", (ctx, v) => ctx.loaders.get(documentByKey).load(v))],
  Mechanism: [exactKey("key", (ctx, v) => ctx.loaders.get(mechanismByKey).load(v))],
  AtrocityCrime: [exactKey("crime", (ctx, v) => ctx.loaders.get(atrocityCrimeByCrime).load(v))],
};

/** The keys of a `Node` type, global id first (the key the query planner prefers between hub types). */
export function entityKeysOf(typeName: string): readonly EntityKey[] {
  return [GLOBAL_ID_KEY, ...(NATURAL_KEYS[typeName] ?? [])];
}

/** A key value worth a lookup: text of a sane length that a database can compare. */
export function isKeyValue(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 200 && isStorableText(value);
}
