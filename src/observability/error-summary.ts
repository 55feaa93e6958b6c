/** Longest text copied from an error into the log: enough to diagnose, never a flood. */
const MAX_MESSAGE = 1_000;
const MAX_STACK = 4_000;

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * What the log keeps of an internal error: type, message, stack, and for driver errors the SQLSTATE
 * or SQLite code and the statement text, all clipped. Bind parameters are left out on purpose: they
 * hold client input and can be tens of thousands of values long (the issue saw 3.2 MB of log from
 * one request).
 */
export function describeInternalError(error: unknown) {
  const e = error instanceof Error ? error : new Error(String(error));
  const driver = e as Error & { code?: unknown; query?: unknown };
  return {
    type: e.constructor?.name ?? e.name,
    message: clip(e.message, MAX_MESSAGE),
    code: typeof driver.code === "string" ? driver.code : undefined,
    query: typeof driver.query === "string" ? clip(driver.query, MAX_MESSAGE) : undefined,
    stack: e.stack ? clip(e.stack, MAX_STACK) : undefined,
  };
}
