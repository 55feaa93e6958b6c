import { NetworkMembership } from "../../../entities/network-membership.entity";
import { MembershipStatus } from "../../../entities/enums/membership-status.enum";
import { Visibility } from "../../../entities/enums/visibility.enum";
import { ConflictError } from "../../errors/conflict.error";
import { toGlobalId } from "../../global-id";
import type { PartialDateColumns } from "../../../seeds/loader/partial-date";
import { InputProblems } from "../input-problems";
import { draftPublication, editedPublication, requireCanCreate, requireCanEdit } from "../publication-rules";
import { attachSources, checkSources, type SourceSpec } from "../sources";
import { loadVisible, updateVersioned } from "../versioned-row";
import type { Scope } from "../writable-kinds";
import type { WriteTx } from "../write-tx";
import { readDate, readEnum, readText, resolveActor, resolveNetwork, resolvePerson, type ActorKey } from "./network-references";
import { describePeriod, endsBeforeStart, lockPeriodRule, periodsOverlap } from "./period-overlap.rule";

/** A membership as a mutation or an import states it; paths in problems are these names. */
export interface MembershipSpec {
  network?: string | null;
  member?: string | null;
  status?: string | null;
  start?: string | null;
  end?: string | null;
  /** A Person's global id. */
  focalPoint?: string | null;
  focalPointOffice?: string | null;
  note?: string | null;
  visibility?: string | null;
  sources?: SourceSpec[] | null;
}

/** What an update may change: absent keeps the stored value, null clears it; `sources` are added. */
export type MembershipPatch = Omit<MembershipSpec, "network" | "member" | "visibility">;

export const networkScope = (networkId: number): Scope => ({ type: "Network", id: networkId });

/** The checks that need no database: required fields, enums, dates in order, text lengths, sources. */
export function checkMembership(problems: InputProblems, spec: MembershipSpec): void {
  if (!spec.network?.trim()) problems.add("network", "is required: the network's slug");
  if (!spec.member?.trim()) problems.add("member", "is required: a state or organisation (`state:GH`, `organisation:gcr2p`)");
  if (spec.status == null) problems.add("status", `is required: one of ${Object.values(MembershipStatus).join(", ")}`);
  checkPatch(problems, spec);
  readEnum(problems, "visibility", spec.visibility, Visibility);
  checkSources(problems, "sources", spec.sources);
}

function checkPatch(problems: InputProblems, spec: MembershipPatch): void {
  readEnum(problems, "status", spec.status, MembershipStatus);
  const period = { startAt: readDate(problems, "start", spec.start), endAt: readDate(problems, "end", spec.end) };
  if (endsBeforeStart(period)) problems.add("end", "must not be before start");
  readText(problems, "focalPointOffice", spec.focalPointOffice, 300);
  readText(problems, "note", spec.note, 5000);
}

/**
 * The temporal rule (issue 10 §3): one member, one network, one membership at a time. Compared
 * with the memberships the writer can see (a hidden draft of another partner is not a fact to it
 * yet; its steward meets the clash when publishing is reviewed); retracted ones do not count.
 */
async function checkNoOverlap(
  tx: WriteTx,
  problems: InputProblems,
  networkId: number,
  member: ActorKey,
  period: { startAt: PartialDateColumns; endAt: PartialDateColumns },
  self?: number,
): Promise<void> {
  await lockPeriodRule(tx, `network_membership:${networkId}:${member.stateId}:${member.organisationId}`);
  const qb = tx.manager
    .getRepository(NetworkMembership)
    .createQueryBuilder("t")
    .where("t.network_id = :networkId", { networkId })
    .andWhere(member.stateId !== null ? "t.state_id = :actorId" : "t.organisation_id = :actorId", { actorId: member.stateId ?? member.organisationId })
    .andWhere("t.pub_status <> 'RETRACTED'")
    .orderBy("t.id", "ASC");
  if (self !== undefined) qb.andWhere("t.id <> :self", { self });
  for (const other of await qb.getMany()) {
    if (!periodsOverlap(period, other)) continue;
    const path = period.startAt.earliest || !period.endAt.earliest ? "start" : "end";
    problems.add(path, `overlaps the membership ${toGlobalId("NetworkMembership", other.pk)} of ${member.key} in this network (${describePeriod(other)}): end it first, or give dates that do not overlap`);
    return;
  }
}

/**
 * Creates a draft membership (CONTRIBUTOR of the network) with its sources. Problems are added,
 * not thrown, and nothing is written once there is one; returns the new key, or null. FORBIDDEN is
 * thrown as soon as the network is known, before any other reference is looked up.
 */
export async function createMembership(tx: WriteTx, problems: InputProblems, spec: MembershipSpec): Promise<number | null> {
  // The shape checks again, on their own collector: a caller that ran them found nothing, and
  // one that did not (an import's create) gets them here, without duplicates.
  const shape = new InputProblems();
  checkMembership(shape, spec);
  for (const p of shape.list) problems.add(p.path, p.message);
  if (!shape.empty) return null;
  const network = spec.network?.trim() ? await resolveNetwork(tx, problems, "network", spec.network) : null;
  if (network) requireCanCreate(tx.partner, networkScope(network.id));
  const member = spec.member?.trim() ? await resolveActor(tx, problems, "member", spec.member) : null;
  const focalPointId = spec.focalPoint ? await resolvePerson(tx, problems, "focalPoint", spec.focalPoint) : null;
  // Already checked above: a second reading only takes the values.
  const quiet = new InputProblems();
  const period = { startAt: readDate(quiet, "", spec.start), endAt: readDate(quiet, "", spec.end) };
  if (network && member && problems.empty) await checkNoOverlap(tx, problems, network.id, member, period);
  if (!network || !problems.empty) return null;
  const publication = draftPublication(tx.partner, networkScope(network.id), spec.visibility as Visibility | null);
  const pk = await tx.insert(NetworkMembership, {
    networkId: network.id,
    member: { stateId: member!.stateId, organisationId: member!.organisationId },
    status: spec.status,
    startAt: period.startAt,
    endAt: period.endAt,
    focalPointId,
    focalPointOffice: readText(quiet, "", spec.focalPointOffice, 300),
    note: readText(quiet, "", spec.note, 5000),
    publication,
  });
  await attachSources(tx, problems, "sources", { type: "NetworkMembership", id: pk }, spec.sources!, publication);
  return problems.empty ? pk : null;
}

/**
 * Changes a membership at the version the writer read: its author while a draft, or a STEWARD of
 * the network. The network and the member are what the membership is; to change them, retract it
 * and create another. Returns false (nothing written) when it added problems.
 */
export async function updateMembership(tx: WriteTx, problems: InputProblems, pk: number, version: number, patch: MembershipPatch): Promise<boolean> {
  const row = await loadVisible(tx, NetworkMembership, pk, "id");
  requireCanEdit(tx.partner, row, networkScope(row.networkId));
  if (row.publication.version !== version) throw new ConflictError("version", row.publication.version);
  if (patch.status === null) problems.add("status", "cannot be cleared");
  checkPatch(problems, patch);
  if (patch.sources != null) checkSources(problems, "sources", patch.sources);
  const values: Record<string, unknown> = {};
  // checkPatch reported these values' problems; the second reading only takes the values.
  const quiet = new InputProblems();
  if (patch.status != null) values.status = patch.status;
  if (patch.start !== undefined) values.startAt = readDate(quiet, "", patch.start);
  if (patch.end !== undefined) values.endAt = readDate(quiet, "", patch.end);
  if (patch.focalPoint !== undefined) values.focalPointId = patch.focalPoint === null ? null : await resolvePerson(tx, problems, "focalPoint", patch.focalPoint);
  if (patch.focalPointOffice !== undefined) values.focalPointOffice = readText(quiet, "", patch.focalPointOffice, 300);
  if (patch.note !== undefined) values.note = readText(quiet, "", patch.note, 5000);
  const period = { startAt: (values.startAt as PartialDateColumns) ?? row.startAt, endAt: (values.endAt as PartialDateColumns) ?? row.endAt };
  if (problems.empty && endsBeforeStart(period)) problems.add(patch.end !== undefined ? "end" : "start", "must not be before start (the stored start or end)");
  const member: ActorKey = { ...row.member, key: row.member.stateId !== null ? "this state" : "this organisation" };
  if (problems.empty && (patch.start !== undefined || patch.end !== undefined)) await checkNoOverlap(tx, problems, row.networkId, member, period, row.pk);
  if (!problems.empty) return false;
  const updated = await updateVersioned(tx, NetworkMembership, row, version, { ...values, publication: editedPublication(tx.partner, row, networkScope(row.networkId)) });
  if (patch.sources?.length) await attachSources(tx, problems, "sources", { type: "NetworkMembership", id: row.pk }, patch.sources, updated.publication);
  return problems.empty;
}
