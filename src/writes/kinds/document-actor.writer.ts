import { DocumentActor } from "../../../entities/document-actor.entity";
import type { DocumentActorRole } from "../../../entities/enums/document-actor-role.enum";
import { rowValues } from "../../history/change-set";
import type { InputProblems } from "../input-problems";
import type { WriteTx } from "../write-tx";
import { ACTOR_LISTS, type ActorList, type DocumentSpec } from "./document.fields";
import type { ActorKey, Ref, RefBatch } from "./reference.lookup";

/** The actors of each list given (authors, signatories, dissociations), asked for in a batch. */
export type PendingActorLists = Partial<Record<ActorList, Ref<ActorKey>[]>>;

export function askActorLists(batch: RefBatch, actors: DocumentSpec["actors"]): PendingActorLists {
  const out: PendingActorLists = {};
  for (const [list, specs] of Object.entries(actors) as [ActorList, string[]][]) out[list] = specs.map((s, i) => batch.actor(`${list}[${i}]`, s));
  return out;
}

/** After the batch ran: an actor named twice in one list is refused at its second place. */
export function checkActorLists(problems: InputProblems, lists: PendingActorLists): void {
  for (const [list, refs] of Object.entries(lists) as [ActorList, Ref<ActorKey>[]][]) {
    const seen = new Set<string>();
    refs.forEach((ref, i) => {
      if (!ref.value) return;
      const k = `${ref.value.stateId}/${ref.value.organisationId}`;
      if (seen.has(k)) problems.add(`${list}[${i}]`, `names an actor already among the ${list}`);
      seen.add(k);
    });
  }
}

/**
 * Writes the lists given: each replaces the document's actors in its role (removals recorded in the
 * change log); a list not given keeps its rows.
 */
export async function writeActorLists(tx: WriteTx, documentId: number, lists: PendingActorLists, replacing: boolean): Promise<void> {
  const given = Object.keys(lists) as ActorList[];
  if (!given.length) return;
  const roles = given.map((l) => ACTOR_LISTS[l] as DocumentActorRole);
  if (replacing) {
    const old = await tx.manager.getRepository(DocumentActor).createQueryBuilder("a").where("a.document_id = :documentId AND a.role IN (:...roles)", { documentId, roles }).getMany();
    if (old.length) {
      await tx.manager.createQueryBuilder().delete().from(DocumentActor).where("id IN (:...ids)", { ids: old.map((a) => a.pk) }).execute();
      for (const a of old) tx.changes.deleted("DocumentActor", a.pk, rowValues(tx.manager, DocumentActor, a));
    }
  }
  for (const list of given) {
    for (const [position, ref] of lists[list]!.entries()) await tx.insert(DocumentActor, { documentId, actor: ref.value, role: ACTOR_LISTS[list], position });
  }
}
