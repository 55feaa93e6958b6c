/**
 * Keyset cursors: the sort value and the row key of an edge, plus the name of the ordering they
 * belong to, so a cursor from one ordering is rejected by another instead of paging wrongly.
 */
export interface CursorPayload {
  order: string;
  value: string | number;
  pk: number;
}

export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify([payload.order, payload.value, payload.pk]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): CursorPayload | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [order, value, pk] = parsed;
    if (typeof order !== "string" || (typeof value !== "string" && typeof value !== "number")) return null;
    if (!Number.isInteger(pk)) return null;
    return { order, value, pk };
  } catch {
    return null;
  }
}
