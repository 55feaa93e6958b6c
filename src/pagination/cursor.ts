import { isStorableText, MAX_DATABASE_KEY } from "../input/input-limits";

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

/** Longest sort value a cursor can carry: the longest sortable column (a title) is 500 characters. */
const MAX_CURSOR_VALUE_LENGTH = 1_000;

/**
 * A cursor's sort value goes into SQL as a parameter: it must be something this API could have
 * written (a bounded string without NUL, which PostgreSQL rejects in text, or an integer the
 * database can hold), so a forged cursor is a client error rather than a driver error.
 */
function isSortValue(value: unknown): value is string | number {
  if (typeof value === "string") return value.length <= MAX_CURSOR_VALUE_LENGTH && isStorableText(value);
  return Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_DATABASE_KEY;
}

/** Returns null for anything this API did not issue, including forged payloads (keys out of range, odd values). */
export function decodeCursor(cursor: string): CursorPayload | null {
  // base64 of the JSON: even a value written entirely in \u escapes stays under this.
  if (cursor.length > 10 * MAX_CURSOR_VALUE_LENGTH) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [order, value, pk] = parsed;
    if (typeof order !== "string" || !isSortValue(value)) return null;
    if (!Number.isInteger(pk) || pk < 1 || pk > MAX_DATABASE_KEY) return null;
    return { order, value, pk };
  } catch {
    return null;
  }
}
