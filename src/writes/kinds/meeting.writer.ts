import { Meeting } from "../../../entities/meeting.entity";
import type { Scope } from "../writable-kinds";
import type { InputProblems } from "../input-problems";
import { draftPublication, editedPublication, requireCanCreate, requireCanEdit } from "../publication-rules";
import { attachSources } from "../sources";
import { loadVisible, updateVersioned } from "../versioned-row";
import type { WriteTx } from "../write-tx";
import { readMeeting, type MeetingSpec } from "./meeting.fields";
import { askParticipants, completeParticipants, insertParticipants, participantsOf, removeParticipants } from "./participation.writer";
import { readParticipant } from "./participation.fields";
import { RefBatch, type ActorKey, type Ref } from "./reference.lookup";
import { checkOrder, type Fields } from "./record.fields";
import { isUniqueViolation } from "./unique-violation";

/** Whose CONTRIBUTORs write a meeting and whose STEWARDs publish it: its network, else its host country; neither → ADMIN only. */
export function meetingScope(row: { networkId: number | null; countryId: number | null }): Scope | null {
  if (row.networkId != null) return { type: "Network", id: row.networkId };
  if (row.countryId != null) return { type: "State", id: row.countryId };
  return null;
}

/**
 * Asks for the meeting's references (country, network, parent, follow-up) in `batch`; the
 * returned function, called after the batch ran, puts them into the column values.
 */
function askMeetingRefs(batch: RefBatch, spec: MeetingSpec): () => void {
  const { refs, values } = spec;
  const asked: [string, Ref<unknown>, (v: unknown) => unknown][] = [];
  const ask = (column: string, spec: string | null | undefined, ref: () => Ref<unknown>, pick: (v: unknown) => unknown = (v) => v) => {
    if (spec === null) values[column] = null;
    else if (spec !== undefined) asked.push([column, ref(), pick]);
  };
  ask("countryId", refs.country, () => batch.actor("country", refs.country!, ["State"]), (v) => (v as ActorKey).stateId);
  ask("networkId", refs.network, () => batch.keyedRow("network", refs.network!, "Network", "network", "slug", true));
  ask("parentId", refs.parent, () => batch.keyedRow("parent", refs.parent!, "Meeting", "meeting", "key"));
  ask("followUpOfId", refs.followUpOf, () => batch.keyedRow("followUpOf", refs.followUpOf!, "Meeting", "meeting", "key"));
  return () => {
    for (const [column, ref, pick] of asked) if (ref.value != null) values[column] = pick(ref.value);
  };
}

/**
 * Creates a draft meeting (with its participants and sources) for the transaction's partner, or
 * adds problems and writes nothing. Throws FORBIDDEN when the partner is not a CONTRIBUTOR of the
 * meeting's scope. Returns the new meeting's key (primary key), or null when it had problems.
 */
export async function createMeeting(tx: WriteTx, problems: InputProblems, record: Fields): Promise<number | null> {
  const before = problems.list.length;
  const spec = readMeeting(problems, record, true);
  const batch = new RefBatch(tx, problems);
  const applyRefs = askMeetingRefs(batch, spec);
  const pending = askParticipants(batch, spec.participants ?? []);
  await batch.run();
  applyRefs();
  const participants = completeParticipants(problems, pending);
  if (problems.list.length > before) return null;
  const scope = meetingScope(spec.values as { networkId: number | null; countryId: number | null });
  requireCanCreate(tx.partner, scope);
  const publication = draftPublication(tx.partner, scope, spec.visibility);
  const pk = await tx.insertUnlessTaken(Meeting, { ...spec.values, publication });
  if (pk === null) {
    problems.add("key", `is already taken by another meeting (${JSON.stringify(spec.values.key)}); choose another key`);
    return null;
  }
  await insertParticipants(tx, problems, pk, participants, 0, publication);
  await attachSources(tx, problems, "sources", { type: "Meeting", id: pk }, spec.sources!, publication);
  return pk;
}

/**
 * Changes a meeting at the version the partner read: the fields given (null clears), its
 * participants when `participants` is given (the list replaces the old one; removals reach the
 * change log), and adds any `sources` given. The author edits its own draft; a STEWARD of the scope
 * anything in it. Moving a meeting to another scope also needs CONTRIBUTOR there.
 */
export async function updateMeeting(tx: WriteTx, problems: InputProblems, pk: number, version: number, record: Fields): Promise<void> {
  const row = await loadVisible(tx, Meeting, pk, "id");
  const before = problems.list.length;
  const spec = readMeeting(problems, record, false);
  if (spec.visibility != null) problems.add("visibility", "is set with setRecordVisibility, not with an update");
  const batch = new RefBatch(tx, problems);
  const applyRefs = askMeetingRefs(batch, spec);
  const pending = spec.participants && askParticipants(batch, spec.participants);
  await batch.run();
  applyRefs();
  const merged = { ...row, ...spec.values } as Meeting;
  if (spec.values.startAt || spec.values.endAt) checkOrder(problems, merged.startAt as never, merged.endAt as never, "end", "start");
  const participants = pending && completeParticipants(problems, pending);
  if (problems.list.length > before) return;
  const oldScope = meetingScope(row);
  requireCanEdit(tx.partner, row, oldScope);
  const scope = meetingScope(merged);
  if (JSON.stringify(scope) !== JSON.stringify(oldScope)) requireCanCreate(tx.partner, scope);
  let after: Meeting;
  try {
    after = await updateVersioned(tx, Meeting, row, version, { ...spec.values, publication: editedPublication(tx.partner, row, scope) });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return problems.add("key", `is already taken by another meeting (${JSON.stringify(spec.values.key)}); choose another key`);
  }
  if (participants) {
    await removeParticipants(tx, await participantsOf(tx, pk));
    await insertParticipants(tx, problems, pk, participants, 0, after.publication);
  }
  if (spec.sources) await attachSources(tx, problems, "sources", { type: "Meeting", id: pk }, spec.sources, after.publication);
}

/**
 * Adds participants to a meeting at the version the partner read (`version` null: its current
 * one, for imports); an actor already there in the same role is refused. Problems are named
 * `at(i)` + field (`participants[2].actor`; the caller's prefix first).
 */
export async function addParticipants(tx: WriteTx, problems: InputProblems, pk: number, version: number | null, list: Fields[], at = (i: number) => `participants[${i}].`): Promise<void> {
  const row = await loadVisible(tx, Meeting, pk, "meeting");
  const before = problems.list.length;
  const specs = list.flatMap((r, i) => readParticipant(problems, r, at(i)) ?? []);
  const existing = await participantsOf(tx, pk);
  const batch = new RefBatch(tx, problems);
  const pending = askParticipants(batch, specs);
  await batch.run();
  const resolved = completeParticipants(problems, pending, existing);
  if (problems.list.length > before) return;
  const scope = meetingScope(row);
  requireCanEdit(tx.partner, row, scope);
  const after = await updateVersioned(tx, Meeting, row, version ?? row.publication.version, { publication: editedPublication(tx.partner, row, scope) });
  const next = existing.reduce((max, p) => Math.max(max, p.position + 1), 0);
  await insertParticipants(tx, problems, pk, resolved, next, after.publication);
}
