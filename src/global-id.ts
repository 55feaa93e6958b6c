import { MAX_DATABASE_KEY } from "./input/input-limits";

/**
 * Opaque global ids (Relay style): base64url of `Type:key`. Clients must treat them as opaque; the
 * encoding is an implementation detail that lets `node(id)` find the table without a lookup.
 */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/**
 * Returns null for anything that is not a well-formed global id, including a key above the
 * database's integer range: such an id can match nothing, and PostgreSQL would refuse the number.
 */
export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  if (globalId.length > 200 || !/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const match = /^([A-Z][A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  return id <= MAX_DATABASE_KEY ? { type: match[1], id } : null;
}
