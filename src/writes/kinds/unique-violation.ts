/** A unique index refused the statement (SQLite or PostgreSQL), e.g. a key changed to one that is taken. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
