import type { DataSource } from "typeorm";
import { Person } from "../../../entities/person.entity";
import { findTarget, KeyInputError } from "../../auth/actor-spec";
import type { ScopeType } from "../../auth/roles";
import { fromGlobalId } from "../../global-id";
import { NO_DATE, parsePartialDate, type PartialDateColumns } from "../../../seeds/loader/partial-date";
import type { InputProblems } from "../input-problems";
import type { WriteTx } from "../write-tx";

/** An actor named by a write: exactly one key set, as the `ActorRef` columns take it. */
export interface ActorKey {
  stateId: number | null;
  organisationId: number | null;
  /** Its natural key (`state:GH`), for messages. */
  key: string;
}

/**
 * findTarget reads through a DataSource; inside a write it must use the transaction's own
 * connection (SQLite has one, PostgreSQL's transaction holds one), so it gets a view of the manager.
 */
function txSource(tx: WriteTx): DataSource {
  return { driver: tx.manager.connection.driver, query: (sql: string, params?: unknown[]) => tx.manager.query(sql, params) } as unknown as DataSource;
}

async function target(tx: WriteTx, problems: InputProblems, path: string, spec: string, kinds: ScopeType[]) {
  try {
    return await findTarget(txSource(tx), path, spec, kinds);
  } catch (error) {
    if (!(error instanceof KeyInputError)) throw error;
    problems.add(path, error.message);
    return null;
  }
}

/** A network by slug (`r2p-focal-points`), `network:<slug>` or global id; null (with a problem) when none. */
export async function resolveNetwork(tx: WriteTx, problems: InputProblems, path: string, spec: string): Promise<{ id: number; key: string } | null> {
  const value = spec.trim();
  const named = fromGlobalId(value) || value.includes(":") ? value : `network:${value}`;
  const found = await target(tx, problems, path, named, ["Network"]);
  return found && { id: found.id, key: found.key };
}

/** A member state or organisation by natural key (`GH`, `state:GH`, `organisation:gcr2p`) or global id. */
export async function resolveActor(tx: WriteTx, problems: InputProblems, path: string, spec: string): Promise<ActorKey | null> {
  const found = await target(tx, problems, path, spec, ["State", "Organisation"]);
  if (!found) return null;
  return { stateId: found.type === "State" ? found.id : null, organisationId: found.type === "Organisation" ? found.id : null, key: found.key };
}

/** A person by global id; null (with a problem) when it names none. */
export async function resolvePerson(tx: WriteTx, problems: InputProblems, path: string, id: string): Promise<number | null> {
  const decoded = fromGlobalId(id.trim());
  if (decoded?.type !== "Person") {
    problems.add(path, "must be the global id of a Person");
    return null;
  }
  const found = await tx.manager.getRepository(Person).findOneBy({ pk: decoded.id });
  if (!found) problems.add(path, "names no person");
  return found ? decoded.id : null;
}

/** A partial date (`2011-05-17`, `2011-05`, `2012-Q3`, `2012-H1`, `2011`); absent → no date. */
export function readDate(problems: InputProblems, path: string, value: string | null | undefined): PartialDateColumns {
  if (value == null) return NO_DATE;
  try {
    return parsePartialDate(value.trim());
  } catch (error) {
    problems.add(path, (error as Error).message);
    return NO_DATE;
  }
}

/** Checks an optional text's length (`max` characters), trimming it; blank becomes null. */
export function readText(problems: InputProblems, path: string, value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  const text = value.trim();
  if (text.length > max) problems.add(path, `must be at most ${max} characters`);
  return text || null;
}

/** Checks that `value` is one of `allowed` (an enum read from a CSV cell or a JSON record). */
export function readEnum<E extends string>(problems: InputProblems, path: string, value: unknown, allowed: Record<string, E>): E | null {
  if (value == null) return null;
  if (typeof value === "string" && Object.values(allowed).includes(value as E)) return value as E;
  problems.add(path, `must be one of ${Object.values(allowed).join(", ")}`);
  return null;
}
