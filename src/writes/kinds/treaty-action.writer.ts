import { TreatyAction } from "../../../entities/treaty-action.entity";
import { Meeting } from "../../../entities/meeting.entity";
import { TreatyActionType } from "../../../entities/enums/treaty-action-type.enum";
import { RecordStatus } from "../../../entities/enums/record-status.enum";
import { Visibility } from "../../../entities/enums/visibility.enum";
import { ConflictError } from "../../errors/conflict.error";
import { fromGlobalId } from "../../global-id";
import type { PartialDateColumns } from "../../../seeds/loader/partial-date";
import type { InputProblems } from "../input-problems";
import { draftPublication, editedPublication, requireCanCreate, requireCanEdit } from "../publication-rules";
import { attachSources, checkSources, type SourceSpec } from "../sources";
import { loadVisible, updateVersioned } from "../versioned-row";
import type { Scope } from "../writable-kinds";
import type { WriteTx } from "../write-tx";
import { actorAt, calendarDayAt, enumAt, mark, partialDateAt, textAt, treatyAt, visibleRowAt } from "./provenance-kinds.refs";
import { checkCitationRefs, hasQuote, withOutOfOrderNote } from "./provenance-kinds.sources";
import { treatyActionOrderProblem } from "./treaty-action-order.rule";

/** A treaty action as a mutation or an import gives it (every field optional on update). */
export interface TreatyActionValues {
  treaty?: string | null;
  actor?: string | null;
  type?: TreatyActionType | null;
  date?: string | null;
  entryIntoForce?: string | null;
  meeting?: string | null;
  note?: string | null;
  visibility?: Visibility | null;
  outOfOrder?: string | null;
  sources?: SourceSpec[] | null;
}

/** The scope of a treaty action: the state (or organisation) that acted; its mission writes it, its stewards publish. */
export function treatyActionScope(row: Pick<TreatyAction, "actor">): Scope {
  return row.actor.stateId != null ? { type: "State", id: row.actor.stateId } : { type: "Organisation", id: row.actor.organisationId! };
}

/**
 * Checks the values' shape without the database: required fields (on create), enums, dates, text
 * lengths, sources, and that an out-of-order statement comes with a quoted source.
 */
export function checkTreatyAction(problems: InputProblems, v: TreatyActionValues, creating: boolean): void {
  if (creating || v.treaty !== undefined) textAt(problems, "treaty", v.treaty, 200, true);
  if (creating || v.actor !== undefined) textAt(problems, "actor", v.actor, 200, true);
  if (creating || v.type !== undefined) enumAt(problems, "type", v.type, TreatyActionType);
  const date = creating || v.date !== undefined ? partialDateAt(problems, "date", v.date) : null;
  if (v.entryIntoForce != null) {
    const day = calendarDayAt(problems, "entryIntoForce", v.entryIntoForce);
    if (day && date && day < date.earliest!) problems.add("entryIntoForce", "cannot be before the action's date");
  }
  if (v.meeting != null && fromGlobalId(String(v.meeting))?.type !== "Meeting") problems.add("meeting", "must be the global id of a Meeting");
  textAt(problems, "note", v.note, 5000);
  enumAt(problems, "visibility", v.visibility, Visibility, false);
  textAt(problems, "outOfOrder", v.outOfOrder, 2000);
  if (creating || v.sources != null) checkSources(problems, "sources", v.sources);
  if (typeof v.outOfOrder === "string" && v.outOfOrder.trim() && !hasQuote(v.sources)) {
    problems.add("sources", "an action stated to be out of order (`outOfOrder`) needs a source in this input with a `quote`: the source's own words that it happened so");
  }
}

/**
 * Creates a draft treaty action (after checkTreatyAction). References, permission, duplicates and
 * the order rule are judged before anything is written; returns its key, or null with problems.
 * A partner without CONTRIBUTOR over the acting state gets FORBIDDEN (thrown).
 */
export async function createTreatyAction(tx: WriteTx, problems: InputProblems, v: TreatyActionValues): Promise<number | null> {
  const start = mark(problems);
  const treatyId = await treatyAt(tx, problems, "treaty", v.treaty!);
  const actor = await actorAt(tx, problems, "actor", v.actor!);
  const meeting = v.meeting != null ? await visibleRowAt(tx, problems, "meeting", v.meeting, "Meeting", Meeting) : null;
  await checkCitationRefs(tx, problems, "sources", v.sources!);
  if (mark(problems) > start || treatyId == null || !actor) return null;
  requireCanCreate(tx.partner, actor);
  const dateAt = partialDateAt(problems, "date", v.date)!;
  await checkSequence(tx, problems, { treatyId, actor, type: v.type!, dateAt, outOfOrder: v.outOfOrder });
  if (mark(problems) > start) return null;
  const publication = draftPublication(tx.partner, actor, v.visibility);
  const pk = await tx.insert(TreatyAction, {
    treatyProposalId: treatyId,
    actor: { stateId: actor.type === "State" ? actor.id : null, organisationId: actor.type === "Organisation" ? actor.id : null },
    type: v.type!,
    dateAt,
    entryIntoForce: v.entryIntoForce ?? null,
    meetingId: meeting?.pk ?? null,
    note: v.note?.trim() || null,
    publication,
  });
  await attachSources(tx, problems, "sources", { type: "TreatyAction", id: pk }, withOutOfOrderNote(v.sources!, v.outOfOrder), publication);
  return pk;
}

/**
 * Changes a treaty action at the version the partner read. The treaty and the actor stay (they
 * decide the scope: record the other actor's action instead, and retract this one); new sources
 * are added to the existing ones. Type and date changes go through the order rule again.
 */
export async function updateTreatyAction(tx: WriteTx, problems: InputProblems, pk: number, version: number, v: TreatyActionValues): Promise<void> {
  const start = mark(problems);
  const row = await loadVisible(tx, TreatyAction, pk, "id");
  const scope = treatyActionScope(row);
  requireCanEdit(tx.partner, row, scope);
  if (row.publication.version !== version) throw new ConflictError("version", row.publication.version);
  if (v.treaty != null || v.actor != null) problems.add(v.treaty != null ? "treaty" : "actor", "cannot change: retract this action and record the other one");
  const values: Record<string, unknown> = {};
  if (v.type != null) values.type = v.type;
  if (v.date != null) values.dateAt = partialDateAt(problems, "date", v.date);
  if (v.entryIntoForce !== undefined) values.entryIntoForce = v.entryIntoForce;
  if (v.note !== undefined) values.note = v.note?.trim() || null;
  if (v.meeting !== undefined) values.meetingId = v.meeting == null ? null : (await visibleRowAt(tx, problems, "meeting", v.meeting, "Meeting", Meeting))?.pk;
  if (v.sources) await checkCitationRefs(tx, problems, "sources", v.sources);
  const dateAt = (values.dateAt as PartialDateColumns | undefined) ?? row.dateAt;
  const entryIntoForce = (values.entryIntoForce as string | null | undefined) ?? row.entryIntoForce;
  if (entryIntoForce && dateAt.earliest && entryIntoForce < dateAt.earliest) problems.add("entryIntoForce", "cannot be before the action's date");
  if (values.type || values.dateAt) {
    const type = (values.type as TreatyActionType | undefined) ?? row.type;
    await checkSequence(tx, problems, { treatyId: row.treatyProposalId, actor: scope, type, dateAt: dateAt as PartialDateColumns, outOfOrder: v.outOfOrder, exceptPk: pk });
  }
  if (mark(problems) > start) return;
  const after = await updateVersioned(tx, TreatyAction, row, version, { ...values, publication: editedPublication(tx.partner, row, scope) });
  if (v.sources?.length) await attachSources(tx, problems, "sources", { type: "TreatyAction", id: pk }, withOutOfOrderNote(v.sources, v.outOfOrder), after.publication);
}

interface ProposedAction {
  treatyId: number;
  actor: Scope;
  type: TreatyActionType;
  dateAt: PartialDateColumns;
  outOfOrder?: string | null;
  exceptPk?: number;
}

/**
 * No exact duplicate, and the order rule (treaty-action-order.rule.ts) against the actor's other
 * actions on the treaty that the partner sees (published, and its own drafts: the transaction's
 * reads are guarded), unless `outOfOrder` states the sources' word for it.
 */
async function checkSequence(tx: WriteTx, problems: InputProblems, p: ProposedAction): Promise<void> {
  const where = { treatyProposalId: p.treatyId, actor: p.actor.type === "State" ? { stateId: p.actor.id } : { organisationId: p.actor.id } };
  const rows = await tx.manager.getRepository(TreatyAction).findBy(where as never);
  const others = rows.filter((a) => a.pk !== p.exceptPk && a.publication.status !== RecordStatus.RETRACTED);
  const same = others.find((a) => a.type === p.type && a.dateAt.earliest === p.dateAt.earliest && a.dateAt.latest === p.dateAt.latest);
  if (same) {
    problems.add("type", `this ${p.type} of ${p.dateAt.earliest} by the same actor is already recorded (${same.globalId})`);
    return;
  }
  const dated = (a: { type: TreatyActionType; dateAt: { earliest: string | null; latest: string | null } }) => ({ type: a.type, earliest: a.dateAt.earliest ?? "", latest: a.dateAt.latest ?? "" });
  const wrong = treatyActionOrderProblem(dated(p), others.map(dated));
  if (wrong && !p.outOfOrder?.trim()) {
    problems.add("type", `out of order: ${wrong}. If the sources say it happened so, give \`outOfOrder\` (their words) with a quoted source`);
  }
}
