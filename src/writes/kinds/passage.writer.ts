import { DocumentCommitment } from "../../../entities/document-commitment.entity";
import { CommitmentActor } from "../../../entities/commitment-actor.entity";
import { SourceLink } from "../../../entities/source-link.entity";
import type { Publication } from "../../../entities/publication.embedded";
import { rowValues } from "../../history/change-set";
import type { InputProblems } from "../input-problems";
import { attachSources } from "../sources";
import type { WriteTx } from "../write-tx";
import type { PassageSpec } from "./document.fields";
import type { ActorKey, Ref, RefBatch } from "./reference.lookup";

/** A passage whose references are asked for in a batch. */
export interface PendingPassage {
  spec: PassageSpec;
  treatyProposal: Ref<number> | null;
  meeting: Ref<number> | null;
  network: Ref<number> | null;
  actors: Ref<ActorKey>[];
}

/** Asks for the passages' treaty proposals, meetings, networks and actors in `batch`. */
export function askPassages(batch: RefBatch, specs: PassageSpec[]): PendingPassage[] {
  return specs.map((spec) => ({
    spec,
    treatyProposal: spec.treatyProposal ? batch.keyedRow(`${spec.at}treatyProposal`, spec.treatyProposal, "TreatyProposal", "treaty_proposal", "slug", true) : null,
    meeting: spec.meeting ? batch.keyedRow(`${spec.at}meeting`, spec.meeting, "Meeting", "meeting", "key") : null,
    network: spec.network ? batch.keyedRow(`${spec.at}network`, spec.network, "Network", "network", "slug", true) : null,
    actors: spec.actors.map((a, i) => batch.actor(`${spec.at}actors[${i}]`, a)),
  }));
}

/** After the batch ran: refuses an actor named twice on one passage (the rest was checked by the batch). */
export function checkPassageActors(problems: InputProblems, pending: PendingPassage[]): void {
  for (const p of pending) {
    const seen = new Set<string>();
    p.actors.forEach((ref, i) => {
      if (!ref.value) return;
      const k = `${ref.value.stateId}/${ref.value.organisationId}`;
      if (seen.has(k)) problems.add(`${p.spec.at}actors[${i}]`, "names an actor already on this passage");
      seen.add(k);
    });
  }
}

/**
 * Inserts the passages in order with their actors and own sources (new citations take the
 * document's publication state, so they are published with it).
 */
export async function insertPassages(tx: WriteTx, problems: InputProblems, documentId: number, passages: PendingPassage[], publication: Publication): Promise<void> {
  for (const [i, p] of passages.entries()) {
    const pk = (await tx.insert(DocumentCommitment, {
      documentId,
      kind: p.spec.kind,
      text: p.spec.text,
      treatyProposalId: p.treatyProposal?.value ?? null,
      meetingId: p.meeting?.value ?? null,
      networkId: p.network?.value ?? null,
      position: i,
    }))!;
    for (const [j, actor] of p.actors.entries()) await tx.insert(CommitmentActor, { commitmentId: pk, actor: actor.value, position: j });
    if (p.spec.sources) await attachSources(tx, problems, `${p.spec.at}sources`, { type: "DocumentCommitment", id: pk }, p.spec.sources, publication);
  }
}

/**
 * Removes a document's passages (before a new list replaces them), their actors and source links,
 * recording each removal in the change log. Citations stay: other facts may cite them.
 */
export async function removePassages(tx: WriteTx, documentId: number): Promise<void> {
  const passages = await tx.manager.getRepository(DocumentCommitment).find({ where: { documentId } });
  if (!passages.length) return;
  const ids = passages.map((p) => p.pk);
  const actors = await tx.manager.getRepository(CommitmentActor).createQueryBuilder("a").where("a.commitment_id IN (:...ids)", { ids }).getMany();
  const links = await tx.manager.getRepository(SourceLink).createQueryBuilder("l").where("l.subject_type = 'DocumentCommitment' AND l.subject_id IN (:...ids)", { ids }).getMany();
  // Deleted by subject, not by the ids read: a link to a citation the partner may not see goes too.
  await tx.manager.createQueryBuilder().delete().from(SourceLink).where("subject_type = 'DocumentCommitment' AND subject_id IN (:...ids)", { ids }).execute();
  await tx.manager.createQueryBuilder().delete().from(CommitmentActor).where("commitment_id IN (:...ids)", { ids }).execute();
  await tx.manager.createQueryBuilder().delete().from(DocumentCommitment).where("id IN (:...ids)", { ids }).execute();
  for (const l of links) tx.changes.deleted("SourceLink", l.pk, rowValues(tx.manager, SourceLink, l));
  for (const a of actors) tx.changes.deleted("CommitmentActor", a.pk, rowValues(tx.manager, CommitmentActor, a));
  for (const p of passages) tx.changes.deleted("DocumentCommitment", p.pk, rowValues(tx.manager, DocumentCommitment, p));
}
