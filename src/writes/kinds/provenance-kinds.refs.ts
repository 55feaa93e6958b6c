import type { EntityTarget, ObjectLiteral } from "typeorm";
import { fromGlobalId } from "../../global-id";
import { State } from "../../../entities/state.entity";
import { Organisation } from "../../../entities/organisation.entity";
import type { PartnerViewer } from "../../auth/viewer";
import { parsePartialDate, type PartialDateColumns } from "../../../seeds/loader/partial-date";
import { isIsoDate } from "../../scalars/local-date.scalar";
import { TreatyProposal } from "../../../entities/treaty-proposal.entity";
import type { InputProblems } from "../input-problems";
import type { Scope } from "../writable-kinds";
import type { WriteTx } from "../write-tx";

/*
 * Reference and value helpers shared by the treaty-action, observation and citation writers. Every
 * lookup runs inside the write's transaction, whose reads are guarded like any read of the
 * partner: a row it may not see is reported exactly like one that does not exist.
 */

/** A partial date (`2011-05-17`, `2011-05`, `2012-Q3`, `2012-H1`, `2011`), or a problem at `path`. */
export function partialDateAt(problems: InputProblems, path: string, value: unknown): PartialDateColumns | null {
  if (typeof value !== "string") {
    problems.add(path, "must be a partial date written YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY");
    return null;
  }
  try {
    return parsePartialDate(value);
  } catch (error) {
    problems.add(path, (error as Error).message);
    return null;
  }
}

/** A calendar day (YYYY-MM-DD), or a problem at `path`. */
export function calendarDayAt(problems: InputProblems, path: string, value: unknown): string | null {
  if (typeof value === "string" && isIsoDate(value)) return value;
  problems.add(path, "must be a calendar day written YYYY-MM-DD");
  return null;
}

/** Text of at most `max` characters (blank counts as absent when `required` is false). */
export function textAt(problems: InputProblems, path: string, value: unknown, max: number, required = false): string | null {
  if (value == null || (typeof value === "string" && !value.trim() && !required)) {
    if (required) problems.add(path, "is required");
    return null;
  }
  if (typeof value !== "string" || (required && !value.trim()) || value.length > max) {
    problems.add(path, `must be text of at most ${max} characters${required ? " (not blank)" : ""}`);
    return null;
  }
  return value.trim();
}

/** The value if it is one of the enum's values, else a problem naming them. */
export function enumAt<E extends string>(problems: InputProblems, path: string, value: unknown, values: Record<string, E>, required = true): E | null {
  if (value == null && !required) return null;
  const allowed = Object.values(values) as string[];
  if (typeof value === "string" && allowed.includes(value)) return value as E;
  problems.add(path, `must be one of ${allowed.join(", ")}`);
  return null;
}

/** A treaty proposal by slug or global id (treaties are public: no visibility to judge). */
export async function treatyAt(tx: WriteTx, problems: InputProblems, path: string, spec: string): Promise<number | null> {
  const id = fromGlobalId(spec.trim());
  const repo = tx.manager.getRepository(TreatyProposal);
  const row = id ? (id.type === "TreatyProposal" ? await repo.findOneBy({ pk: id.id }) : null) : await repo.findOneBy({ slug: spec.trim() });
  if (!row) problems.add(path, `names no treaty proposal (give its slug, e.g. "ljubljana-the-hague-convention", or its global id)`);
  return row?.pk ?? null;
}

const ACTOR_KEY = /^(state|org|organisation):(.+)$/i;

/**
 * A state or organisation by natural key (`GH`, `GHA`, `state:GH`, `organisation:gcr2p`) or global
 * id, read with the transaction's own connection (src/auth/actor-spec.ts reads through the pool,
 * which concurrent writes holding every connection could starve).
 */
export async function actorAt(tx: WriteTx, problems: InputProblems, path: string, spec: string): Promise<Scope | null> {
  const value = spec.trim();
  const id = fromGlobalId(value);
  const prefixed = ACTOR_KEY.exec(value);
  let found: Scope | null = null;
  if (id && (id.type === "State" || id.type === "Organisation")) {
    const rows = await tx.manager.query(`SELECT id FROM ${id.type === "State" ? "state" : "organisation"} WHERE id = ${id.id}`);
    found = rows.length ? { type: id.type, id: id.id } : null;
  } else if ((prefixed && prefixed[1].toLowerCase() === "state") || (!prefixed && /^[A-Za-z]{2,3}$/.test(value))) {
    const code = (prefixed ? prefixed[2] : value).trim().toUpperCase();
    const rows = await tx.manager.getRepository(State).createQueryBuilder("s").select("s.id", "id").where("s.alpha2 = :code OR s.alpha3 = :code", { code }).getRawMany();
    found = rows.length ? { type: "State", id: Number(rows[0].id) } : null;
  } else if (prefixed) {
    const key = prefixed[2].trim().toLowerCase();
    const rows = await tx.manager.getRepository(Organisation).createQueryBuilder("o").select("o.id", "id").where("o.key = :key", { key }).getRawMany();
    found = rows.length ? { type: "Organisation", id: Number(rows[0].id) } : null;
  }
  if (!found) problems.add(path, "names no state or organisation: give `GH` / `state:GH`, `organisation:<key>` or a global id");
  return found;
}

/** A row of `entity` named by a global id of `typeName`, if the partner may see it. */
export async function visibleRowAt<E extends ObjectLiteral>(tx: WriteTx, problems: InputProblems, path: string, spec: string, typeName: string, entity: EntityTarget<E>): Promise<E | null> {
  const id = fromGlobalId(spec.trim());
  const row = id?.type === typeName ? await tx.manager.getRepository(entity).findOneBy({ pk: id.id } as never) : null;
  if (!row) problems.add(path, `names no ${typeName} you can see (give its global id)`);
  return row;
}

/** The scope of a record a partner writes about anything (observations, citations): the partner's own actor. */
export function partnerScope(partner: PartnerViewer): Scope {
  return partner.actor.stateId != null ? { type: "State", id: partner.actor.stateId } : { type: "Organisation", id: partner.actor.organisationId! };
}

/** The stored scope of a row (`publication.scopeType/scopeId`); null for seed rows (ADMIN only). */
export function storedScope(row: { publication: { scopeType: string | null; scopeId: number | null } }): Scope | null {
  const { scopeType, scopeId } = row.publication;
  return scopeType && scopeId != null ? { type: scopeType as Scope["type"], id: scopeId } : null;
}

/** How many problems there are now: a writer compares it afterwards to see whether *its* record added any (an import shares one list). */
export const mark = (problems: InputProblems): number => problems.list.length;
