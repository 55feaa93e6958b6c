/**
 * Opaque global ids (Relay style): base64url of `Type:key`. Clients must treat them as opaque; the
 * encoding is an implementation detail that lets `node(id)` find the table without a lookup.
 */
export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/** Returns null for anything that is not a well-formed global id. */
export function fromGlobalId(globalId: string): { type: string; id: number } | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const match = /^([A-Z][A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  return match ? { type: match[1], id: Number(match[2]) } : null;
}
