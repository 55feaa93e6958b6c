import type { DataSource } from "typeorm";
import { fromGlobalId } from "../global-id";
import type { ScopeType } from "./roles";

/** Bad input to the key store, naming the argument (CLI flag or GraphQL argument) at fault. */
export class KeyInputError extends Error {
  constructor(readonly argumentName: string, message: string) {
    super(message);
  }
}

/** A state, organisation or network found by a natural key or a global id. */
export interface Target {
  type: ScopeType;
  id: number;
  /** Natural key with its kind: `state:GH`, `organisation:gcr2p`, `network:r2p-focal-points`. */
  key: string;
  name: string;
}

const PREFIXED = /^(state|org|organisation|network):(.+)$/i;
const KIND: Record<string, ScopeType> = { state: "State", org: "Organisation", organisation: "Organisation", network: "Network" };

/**
 * Reads `state:GH`, `org:gcr2p` / `organisation:gcr2p`, `network:<slug>`, a bare ISO code (a
 * state), or a global id, and finds the row (one statement). `kinds` limits what may be named.
 */
export async function findTarget(ds: DataSource, argumentName: string, spec: string, kinds: ScopeType[]): Promise<Target> {
  const value = spec.trim();
  const id = fromGlobalId(value);
  let kind: ScopeType | undefined;
  let key = value;
  if (id && (kinds as string[]).includes(id.type)) kind = id.type as ScopeType;
  else {
    const m = PREFIXED.exec(value);
    if (m) [kind, key] = [KIND[m[1].toLowerCase()], m[2].trim()];
    else if (/^[A-Za-z]{2,3}$/.test(value)) kind = "State";
  }
  if (!kind || !kinds.includes(kind)) {
    throw new KeyInputError(argumentName, `must name a ${kinds.map((k) => k.toLowerCase()).join(" or ")} as ${kinds.map(example).join(", ")} or a global id`);
  }
  const byId = id ? { id: id.id } : undefined;
  const [sql, params] = ds.driver.escapeQueryWithParameters(
    kind === "State"
      ? `SELECT id, alpha2 AS k, name FROM state WHERE ${byId ? "id = :id" : "alpha2 = :upper OR alpha3 = :upper"}`
      : kind === "Organisation"
        ? `SELECT id, key AS k, name FROM organisation WHERE ${byId ? "id = :id" : "key = :lower"}`
        : `SELECT id, slug AS k, name FROM network WHERE ${byId ? "id = :id" : "slug = :lower"}`,
    { id: byId?.id, upper: key.toUpperCase(), lower: key.toLowerCase() },
  );
  const rows: { id: number; k: string; name: string }[] = await ds.query(sql, params);
  if (!rows.length) throw new KeyInputError(argumentName, `names no ${kind.toLowerCase()} (${JSON.stringify(value)})`);
  const prefix = kind === "Organisation" ? "organisation" : kind.toLowerCase();
  return { type: kind, id: Number(rows[0].id), key: `${prefix}:${rows[0].k}`, name: rows[0].name };
}

function example(kind: ScopeType): string {
  return kind === "State" ? "state:GH" : kind === "Organisation" ? "org:<key>" : "network:<slug>";
}
