import { MeetingKind } from "../../../entities/enums/meeting-kind.enum";
import { MeetingMode } from "../../../entities/enums/meeting-mode.enum";
import { MeetingStatus } from "../../../entities/enums/meeting-status.enum";
import { Visibility } from "../../../entities/enums/visibility.enum";
import type { InputProblems } from "../input-problems";
import type { SourceSpec } from "../sources";
import { readParticipants, type ParticipantSpec } from "./participation.fields";
import { checkOrder, int, items, oneOf, partialDate, recordKey, sources, text, type Fields } from "./record.fields";

/** A meeting as written: the column values given (null clears a field), references still to resolve. */
export interface MeetingSpec {
  values: Record<string, unknown>;
  /** Natural keys or global ids: a state (`country`), a network's slug, other meetings' keys. */
  refs: { country?: string | null; network?: string | null; parent?: string | null; followUpOf?: string | null };
  /** The new list of participants; undefined leaves the meeting's list as it is. */
  participants: ParticipantSpec[] | undefined;
  sources: SourceSpec[] | undefined;
  visibility: Visibility | null | undefined;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function time(problems: InputProblems, r: Fields, name: string): string | null | undefined {
  const v = text(problems, r, name, 5);
  if (v && !TIME.test(v)) return void problems.add(name, "must be a local time HH:MM (e.g. 09:30)");
  return v;
}

/**
 * Checks a meeting's fields (the same names as `MeetingInput`), without the database. `creating`
 * makes key, title, kind, start and sources required; on an update every field is optional and an
 * absent one keeps its value. Problems are added at the field names (the caller's prefix first).
 */
export function readMeeting(problems: InputProblems, r: Fields, creating: boolean): MeetingSpec {
  const values: Record<string, unknown> = {};
  const set = (name: string, value: unknown) => {
    if (value !== undefined) values[name] = value;
  };
  set("key", recordKey(problems, r, "key", 100, creating));
  set("title", text(problems, r, "title", 500, creating));
  if (!creating && r.title === null) problems.add("title", "cannot be cleared");
  set("kind", oneOf(problems, r, "kind", MeetingKind, creating));
  set("status", oneOf(problems, r, "status", MeetingStatus) ?? (creating ? MeetingStatus.HELD : undefined));
  set("series", text(problems, r, "series", 80));
  set("ordinal", int(problems, r, "ordinal", 1, 10_000));
  const start = partialDate(problems, r, "start", creating);
  if (!creating && r.start === null) problems.add("start", "cannot be cleared");
  const end = partialDate(problems, r, "end");
  checkOrder(problems, start, end, "end", "start");
  set("startAt", start ?? undefined);
  set("endAt", end === null ? { earliest: null, latest: null, precision: null, qualifier: null, label: null } : end);
  set("startTime", time(problems, r, "startTime"));
  set("endTime", time(problems, r, "endTime"));
  set("city", text(problems, r, "city", 100));
  set("venue", text(problems, r, "venue", 300));
  set("mode", oneOf(problems, r, "mode", MeetingMode));
  set("ungaSession", int(problems, r, "ungaSession", 1, 1000));
  set("theme", text(problems, r, "theme", 500));
  set("description", text(problems, r, "description", 10_000));
  const refs: MeetingSpec["refs"] = {};
  for (const name of ["country", "network", "parent", "followUpOf"] as const) {
    const v = text(problems, r, name, 200);
    if (v !== undefined) refs[name] = v;
  }
  const list = items(problems, r, "participants");
  return {
    values,
    refs,
    participants: list == null ? undefined : readParticipants(problems, list, "participants"),
    sources: sources(problems, r, "sources", creating),
    visibility: oneOf(problems, r, "visibility", Visibility),
  };
}
