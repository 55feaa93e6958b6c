import { ParticipationRole } from "../../../entities/enums/participation-role.enum";
import { ParticipationLevel } from "../../../entities/enums/participation-level.enum";
import { ConfirmationStatus } from "../../../entities/enums/confirmation-status.enum";
import type { InputProblems } from "../input-problems";
import type { SourceSpec } from "../sources";
import { oneOf, sources, text, type Fields } from "./record.fields";

/** One participant as written, checked for shape; its references are resolved by participation.writer.ts. */
export interface ParticipantSpec {
  /** The path of this participant (`participants[2].`), for problems found later. */
  at: string;
  actor: string;
  role: ParticipationRole;
  level: ParticipationLevel | null;
  status: ConfirmationStatus;
  person: string | null;
  title: string | null;
  note: string | null;
  sources: SourceSpec[] | undefined;
}

/**
 * Checks one participant's fields (problems at `<name>[i].field`); returns null when it has any.
 * The actor is a natural key (`GH`, `state:GH`, `organisation:gcr2p`) or a global id; `person` a
 * person's key or global id; own `sources` are optional (the meeting's cover it otherwise).
 */
export function readParticipant(problems: InputProblems, r: Fields, at: string): ParticipantSpec | null {
  const p = problems.at(at);
  const before = problems.list.length;
  const actor = text(p, r, "actor", 200, true);
  const role = oneOf(p, r, "role", ParticipationRole, true);
  const level = oneOf(p, r, "level", ParticipationLevel);
  const status = oneOf(p, r, "status", ConfirmationStatus);
  const person = text(p, r, "person", 200);
  const title = text(p, r, "title", 300);
  const note = text(p, r, "note", 5000);
  const own = sources(p, r, "sources", false);
  if (problems.list.length > before || !actor || !role) return null;
  return { at, actor, role, level: level ?? null, status: status ?? ConfirmationStatus.CONFIRMED, person: person ?? null, title: title ?? null, note: note ?? null, sources: own };
}

/** Every participant of a list, each at `<name>[i].`; the specs of those without problems. */
export function readParticipants(problems: InputProblems, list: Fields[], name: string): ParticipantSpec[] {
  return list.flatMap((r, i) => readParticipant(problems, r, `${name}[${i}].`) ?? []);
}

/**
 * One CSV row of the `meetingParticipant` import (columns meeting, actor, role, level, person,
 * status, title, note, sourceUrl, sourcePublisher, sourcePublished, sourceTitle, sourceQuote) as the
 * JSON record the kind checks: empty cells are absent, the source columns become one source.
 */
export function participantFromFields(fields: Record<string, string>): Fields {
  const cell = (name: string) => (fields[name]?.trim() ? fields[name].trim() : undefined);
  const record: Fields = {};
  for (const name of ["meeting", "actor", "role", "level", "person", "status", "title", "note"]) if (cell(name) !== undefined) record[name] = cell(name);
  if (cell("sourceUrl") || cell("sourcePublisher") || cell("sourceCitation")) {
    record.sources = [
      {
        citation: cell("sourceCitation") ?? null,
        url: cell("sourceUrl") ?? null,
        publisher: cell("sourcePublisher") ?? null,
        published: cell("sourcePublished") ?? null,
        title: cell("sourceTitle") ?? null,
        quote: cell("sourceQuote") ?? null,
      },
    ];
  }
  return record;
}
