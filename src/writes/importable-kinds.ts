import type { InputProblems } from "./input-problems";
import type { WriteTx } from "./write-tx";

/**
 * A kind of record a bulk import (src/imports/) can create: the same checks and writes as its
 * mutation, called once per record inside the import's single transaction. `fromFields` turns a
 * CSV row (header → cell text) into the record's JSON form, for the tabular kinds.
 */
export interface ImportableKind {
  /** The `kind` an import names: `treatyAction`, `meetingParticipant`, `observation`… */
  name: string;
  /** Checks the record's shape without the database (types, enums, dates, required fields). */
  check(problems: InputProblems, record: Record<string, unknown>): void;
  /** Resolves references and writes; adds problems (and writes nothing more) instead of throwing. Returns the new row's global id, or null when it had problems. */
  create(tx: WriteTx, problems: InputProblems, record: Record<string, unknown>): Promise<string | null>;
  /** CSV: a row's cells as the JSON record (absent for kinds that are not tabular). */
  fromFields?(fields: Record<string, string>): Record<string, unknown>;
}

const kinds = new Map<string, ImportableKind>();

export function registerImportableKind(kind: ImportableKind): void {
  kinds.set(kind.name, kind);
}

export function importableKind(name: string): ImportableKind | undefined {
  return kinds.get(name);
}

export function importableKindNames(): string[] {
  return [...kinds.keys()].sort();
}
