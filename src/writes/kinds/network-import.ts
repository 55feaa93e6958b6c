import type { InputProblems } from "../input-problems";

/**
 * An import record's fields as the writers take them: each named field must be text (or absent);
 * anything else is a problem at its name, and reads as absent. Nested lists (sources, holders) are
 * passed through as they are: the writers check their parts.
 */
export function textFields(problems: InputProblems, record: Record<string, unknown>, names: string[]): Record<string, string | null | undefined> {
  const out: Record<string, string | null | undefined> = {};
  for (const name of names) {
    const value = record[name];
    if (value === undefined || value === null || typeof value === "string") out[name] = value as string | null | undefined;
    else problems.add(name, "must be text");
  }
  return out;
}

/** A list field of an import record: an array of objects, or a problem. */
export function objectList<T>(problems: InputProblems, record: Record<string, unknown>, name: string): T[] | null {
  const value = record[name];
  if (value == null) return null;
  if (Array.isArray(value) && value.every((v) => v !== null && typeof v === "object" && !Array.isArray(v))) return value as T[];
  problems.add(name, "must be a list of objects");
  return null;
}
