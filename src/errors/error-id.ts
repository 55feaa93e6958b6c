/**
 * The id that links an internal error in an answer (`extensions.errorId`) to its entry in the log.
 * Apollo's `formatError` sees only the error, not the request, so whoever knows the request (the
 * error-log plugin, before formatting) tags the error object here and `formatError` reads it back.
 * A WeakMap keeps the errors themselves untouched and forgets them with the request.
 */
const ids = new WeakMap<object, string>();

export function tagErrorId(error: unknown, id: string): void {
  if (typeof error === "object" && error !== null) ids.set(error, id);
}

/** The tagged id of an error, or of the error it wraps (Apollo wraps context failures). */
export function errorIdOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  return ids.get(error) ?? errorIdOf((error as { originalError?: unknown }).originalError ?? null);
}
