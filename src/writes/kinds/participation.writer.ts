import { MeetingParticipation } from "../../../entities/meeting-participation.entity";
import { SourceLink } from "../../../entities/source-link.entity";
import type { Publication } from "../../../entities/publication.embedded";
import { rowValues } from "../../history/change-set";
import type { InputProblems } from "../input-problems";
import { attachSources } from "../sources";
import type { WriteTx } from "../write-tx";
import type { ParticipantSpec } from "./participation.fields";
import type { ActorKey, Ref, RefBatch } from "./reference.lookup";

/** A participant whose actor and person were found. */
export interface ResolvedParticipant {
  spec: ParticipantSpec;
  actor: ActorKey;
  personId: number | null;
}

/** A participant whose references are asked for in a batch, not yet run. */
export interface PendingParticipant {
  spec: ParticipantSpec;
  actor: Ref<ActorKey>;
  person: Ref<number> | null;
}

const pairKey = (a: ActorKey, role: string) => `${a.stateId ?? "-"}/${a.organisationId ?? "-"}/${role}`;

/** Asks for the participants' actors and persons in `batch` (found with the write's other references). */
export function askParticipants(batch: RefBatch, specs: ParticipantSpec[]): PendingParticipant[] {
  return specs.map((spec) => ({
    spec,
    actor: batch.actor(`${spec.at}actor`, spec.actor),
    person: spec.person ? batch.keyedRow(`${spec.at}person`, spec.person, "Person", "person", "key", true) : null,
  }));
}

/**
 * After the batch ran: the participants whose references were found, refusing an actor named
 * twice in the same role, within the list or alongside the meeting's `existing` participants.
 */
export function completeParticipants(problems: InputProblems, pending: PendingParticipant[], existing: { actor: ActorKey; role: string }[] = []): ResolvedParticipant[] {
  const seen = new Map<string, string>(existing.map((e) => [pairKey(e.actor, e.role), "the meeting's participants"]));
  const out: ResolvedParticipant[] = [];
  for (const { spec, actor, person } of pending) {
    if (!actor.value || (person && person.value == null)) continue;
    const pair = pairKey(actor.value, spec.role);
    const earlier = seen.get(pair);
    if (earlier) {
      problems.add(`${spec.at}actor`, `is already a participant in the role ${spec.role} (${earlier}); name each actor once per role`);
      continue;
    }
    seen.set(pair, spec.at.replace(/\.$/, ""));
    out.push({ spec, actor: actor.value, personId: person?.value ?? null });
  }
  return out;
}

/**
 * Inserts resolved participants from `position` on, each with its own sources (new citations take
 * the meeting's publication state, so they are published with it).
 */
export async function insertParticipants(tx: WriteTx, problems: InputProblems, meetingId: number, list: ResolvedParticipant[], position: number, publication: Publication): Promise<void> {
  for (const [i, p] of list.entries()) {
    const pk = (await tx.insert(MeetingParticipation, {
      meetingId,
      actor: p.actor,
      role: p.spec.role,
      level: p.spec.level,
      status: p.spec.status,
      personId: p.personId,
      title: p.spec.title,
      position: position + i,
      note: p.spec.note,
    }))!;
    if (p.spec.sources) await attachSources(tx, problems, `${p.spec.at}sources`, { type: "MeetingParticipation", id: pk }, p.spec.sources, publication);
  }
}

/** The meeting's current participants, as stored. */
export function participantsOf(tx: WriteTx, meetingId: number): Promise<MeetingParticipation[]> {
  return tx.manager.getRepository(MeetingParticipation).find({ where: { meetingId }, order: { position: "ASC" } });
}

/**
 * Removes a meeting's participants (before a list replaces them) with their source links, and
 * records each removal in the change log: a replaced list stays traceable in `history`. The
 * citations stay; other facts may cite them.
 */
export async function removeParticipants(tx: WriteTx, rows: MeetingParticipation[]): Promise<void> {
  if (!rows.length) return;
  const ids = rows.map((r) => r.pk);
  const links = await tx.manager
    .getRepository(SourceLink)
    .createQueryBuilder("l")
    .where("l.subject_type = 'MeetingParticipation' AND l.subject_id IN (:...ids)", { ids })
    .getMany();
  // Deleted by subject, not by the ids read: a link to a citation the partner may not see is gone too.
  await tx.manager.createQueryBuilder().delete().from(SourceLink).where("subject_type = 'MeetingParticipation' AND subject_id IN (:...ids)", { ids }).execute();
  for (const l of links) tx.changes.deleted("SourceLink", l.pk, rowValues(tx.manager, SourceLink, l));
  await tx.manager.createQueryBuilder().delete().from(MeetingParticipation).where("id IN (:...ids)", { ids }).execute();
  for (const r of rows) tx.changes.deleted("MeetingParticipation", r.pk, rowValues(tx.manager, MeetingParticipation, r));
}
