import { LeadershipTerm } from "../../../entities/leadership-term.entity";
import { LeadershipHolder } from "../../../entities/leadership-holder.entity";
import { LeadershipRole } from "../../../entities/enums/leadership-role.enum";
import { Visibility } from "../../../entities/enums/visibility.enum";
import { ConflictError } from "../../errors/conflict.error";
import { toGlobalId } from "../../global-id";
import type { PartialDateColumns } from "../../../seeds/loader/partial-date";
import { InputProblems } from "../input-problems";
import { draftPublication, editedPublication, requireCanCreate, requireCanEdit } from "../publication-rules";
import { attachSources, checkSources, type SourceSpec } from "../sources";
import { loadVisible, updateVersioned } from "../versioned-row";
import type { WriteTx } from "../write-tx";
import { readDate, readEnum, readText, resolveActor, resolveNetwork, resolvePerson } from "./network-references";
import { networkScope } from "./network-membership.writer";
import { describePeriod, endsBeforeStart, lockPeriodRule, periodsOverlap } from "./period-overlap.rule";

/** One holder of a term: a state or organisation, optionally with the person who acted for it. */
export interface HolderSpec {
  actor?: string | null;
  /** A Person's global id. */
  person?: string | null;
  /** When this holder joined, if later than the term's start. */
  joined?: string | null;
  note?: string | null;
}

/** A leadership term as a mutation or an import states it. */
export interface TermSpec {
  network?: string | null;
  role?: string | null;
  start?: string | null;
  end?: string | null;
  label?: string | null;
  holders?: HolderSpec[] | null;
  note?: string | null;
  visibility?: string | null;
  sources?: SourceSpec[] | null;
}

/** What an update may change: absent keeps, null clears; `addHolders` and `sources` are added (writes never delete). */
export interface TermPatch {
  role?: string | null;
  start?: string | null;
  end?: string | null;
  label?: string | null;
  note?: string | null;
  addHolders?: HolderSpec[] | null;
  sources?: SourceSpec[] | null;
}

type Period = { startAt: PartialDateColumns; endAt: PartialDateColumns };

export function checkTerm(problems: InputProblems, spec: TermSpec): void {
  if (!spec.network?.trim()) problems.add("network", "is required: the network's slug");
  if (spec.role == null) problems.add("role", `is required: one of ${Object.values(LeadershipRole).join(", ")}`);
  if (!spec.holders?.length) problems.add("holders", "at least one holder is required (co-chairs share one term: list them all)");
  checkTermPatch(problems, { ...spec, addHolders: spec.holders }, "holders");
  readEnum(problems, "visibility", spec.visibility, Visibility);
  checkSources(problems, "sources", spec.sources);
}

function checkTermPatch(problems: InputProblems, spec: TermPatch, holdersPath: string): void {
  readEnum(problems, "role", spec.role, LeadershipRole);
  const period = { startAt: readDate(problems, "start", spec.start), endAt: readDate(problems, "end", spec.end) };
  if (endsBeforeStart(period)) problems.add("end", "must not be before start");
  readText(problems, "label", spec.label, 60);
  readText(problems, "note", spec.note, 5000);
  (spec.addHolders ?? []).forEach((h, i) => {
    const at = `${holdersPath}[${i}]`;
    if (!h.actor?.trim()) problems.add(`${at}.actor`, "is required: the state or organisation that holds the role (`state:GH`)");
    readDate(problems, `${at}.joined`, h.joined);
    readText(problems, `${at}.note`, h.note, 2000);
  });
}

/**
 * The temporal rule: one term per role and network at a time. Co-chairs, a troika or a steering
 * group are ONE term with several holders, so two overlapping terms of a role are a mistake (or a
 * second holder that belongs on the first term). Retracted terms do not count.
 */
async function checkNoOverlap(tx: WriteTx, problems: InputProblems, networkId: number, role: string, period: Period, self?: number): Promise<void> {
  await lockPeriodRule(tx, `leadership_term:${networkId}:${role}`);
  const qb = tx.manager
    .getRepository(LeadershipTerm)
    .createQueryBuilder("t")
    .where("t.network_id = :networkId AND t.role = :role", { networkId, role })
    .andWhere("t.pub_status <> 'RETRACTED'")
    .orderBy("t.id", "ASC");
  if (self !== undefined) qb.andWhere("t.id <> :self", { self });
  for (const other of await qb.getMany()) {
    if (!periodsOverlap(period, other)) continue;
    const path = period.startAt.earliest || !period.endAt.earliest ? "start" : "end";
    problems.add(path, `overlaps the ${role} term ${toGlobalId("LeadershipTerm", other.pk)} of this network (${describePeriod(other)}): add the holder to that term, end it first, or give dates that do not overlap`);
    return;
  }
}

/** Resolves and inserts holders after `position`; adds problems for names that match nothing. */
async function insertHolders(
  tx: WriteTx,
  problems: InputProblems,
  path: string,
  termId: number,
  holders: HolderSpec[],
  position: number,
  write: boolean,
  already: LeadershipHolder[] = [],
): Promise<void> {
  const quiet = new InputProblems();
  const actorOf = (a: { stateId: number | null; organisationId: number | null }) => `${a.stateId}|${a.organisationId}`;
  const seen = new Set<string>(already.map((h) => actorOf(h.actor)));
  for (const [i, h] of holders.entries()) {
    const at = `${path}[${i}]`;
    const actor = h.actor?.trim() ? await resolveActor(tx, problems, `${at}.actor`, h.actor) : null;
    const personId = h.person ? await resolvePerson(tx, problems, `${at}.person`, h.person) : null;
    if (actor && seen.has(actorOf(actor))) problems.add(`${at}.actor`, `${actor.key} already holds this term`);
    if (actor) seen.add(actorOf(actor));
    if (!write || !actor || !problems.empty) continue;
    await tx.insert(LeadershipHolder, {
      termId,
      actor: { stateId: actor.stateId, organisationId: actor.organisationId },
      personId,
      joinedAt: readDate(quiet, "", h.joined),
      position: position + i,
      note: readText(quiet, "", h.note, 2000),
    });
  }
}

/**
 * Creates a draft term (CONTRIBUTOR of the network) with its holders and sources. Problems are
 * added, not thrown; returns the new key, or null with nothing written.
 */
export async function createTerm(tx: WriteTx, problems: InputProblems, spec: TermSpec): Promise<number | null> {
  // The shape checks again, on their own collector: a caller that ran them found nothing, and
  // one that did not (an import's create) gets them here, without duplicates.
  const shape = new InputProblems();
  checkTerm(shape, spec);
  for (const p of shape.list) problems.add(p.path, p.message);
  if (!shape.empty) return null;
  const network = spec.network?.trim() ? await resolveNetwork(tx, problems, "network", spec.network) : null;
  if (network) requireCanCreate(tx.partner, networkScope(network.id));
  const quiet = new InputProblems();
  const period = { startAt: readDate(quiet, "", spec.start), endAt: readDate(quiet, "", spec.end) };
  // Resolve every holder first (dry), so all their problems are known before anything is written.
  await insertHolders(tx, problems, "holders", 0, spec.holders ?? [], 0, false);
  if (network && problems.empty) await checkNoOverlap(tx, problems, network.id, spec.role!, period);
  if (!network || !problems.empty) return null;
  const publication = draftPublication(tx.partner, networkScope(network.id), spec.visibility as Visibility | null);
  const pk = await tx.insert(LeadershipTerm, {
    networkId: network.id,
    role: spec.role,
    label: readText(quiet, "", spec.label, 60),
    startAt: period.startAt,
    endAt: period.endAt,
    note: readText(quiet, "", spec.note, 5000),
    publication,
  });
  await insertHolders(tx, problems, "holders", pk, spec.holders!, 0, true);
  await attachSources(tx, problems, "sources", { type: "LeadershipTerm", id: pk }, spec.sources!, publication);
  return problems.empty ? pk : null;
}

/** Changes a term at the version the writer read (its author while a draft, or a STEWARD of the network). */
export async function updateTerm(tx: WriteTx, problems: InputProblems, pk: number, version: number, patch: TermPatch): Promise<boolean> {
  const row = await loadVisible(tx, LeadershipTerm, pk, "id");
  requireCanEdit(tx.partner, row, networkScope(row.networkId));
  if (row.publication.version !== version) throw new ConflictError("version", row.publication.version);
  if (patch.role === null) problems.add("role", "cannot be cleared");
  checkTermPatch(problems, patch, "addHolders");
  if (patch.sources != null) checkSources(problems, "sources", patch.sources);
  const quiet = new InputProblems();
  const values: Record<string, unknown> = {};
  if (patch.role != null) values.role = patch.role;
  if (patch.start !== undefined) values.startAt = readDate(quiet, "", patch.start);
  if (patch.end !== undefined) values.endAt = readDate(quiet, "", patch.end);
  if (patch.label !== undefined) values.label = readText(quiet, "", patch.label, 60);
  if (patch.note !== undefined) values.note = readText(quiet, "", patch.note, 5000);
  const period = { startAt: (values.startAt as PartialDateColumns) ?? row.startAt, endAt: (values.endAt as PartialDateColumns) ?? row.endAt };
  if (problems.empty && endsBeforeStart(period)) problems.add(patch.end !== undefined ? "end" : "start", "must not be before start (the stored start or end)");
  const holders = patch.addHolders ?? [];
  const existing = holders.length ? await tx.manager.getRepository(LeadershipHolder).findBy({ termId: row.pk }) : [];
  await insertHolders(tx, problems, "addHolders", row.pk, holders, 0, false, existing);
  if (problems.empty && (values.startAt || values.endAt || values.role)) await checkNoOverlap(tx, problems, row.networkId, (values.role as string) ?? row.role, period, row.pk);
  if (!problems.empty) return false;
  const updated = await updateVersioned(tx, LeadershipTerm, row, version, { ...values, publication: editedPublication(tx.partner, row, networkScope(row.networkId)) });
  if (holders.length) await insertHolders(tx, problems, "addHolders", row.pk, holders, Math.max(-1, ...existing.map((h) => h.position)) + 1, true);
  if (patch.sources?.length) await attachSources(tx, problems, "sources", { type: "LeadershipTerm", id: row.pk }, patch.sources, updated.publication);
  return problems.empty;
}
