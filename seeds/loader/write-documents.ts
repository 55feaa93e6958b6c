import fs from "node:fs";
import path from "node:path";
import { parsePartialDate as d } from "./partial-date";
import { upsertByKey, syncRows } from "./sync";
import { Document } from "../../entities/document.entity";
import { DocumentActor } from "../../entities/document-actor.entity";
import { DocumentAlignment } from "../../entities/document-alignment.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { CommitmentActor } from "../../entities/commitment-actor.entity";
import { AlignmentExtent } from "../../entities/enums/alignment-extent.enum";
import { DocumentActorRole } from "../../entities/enums/document-actor-role.enum";
import type { SeedWriter } from "./seed-writer";
import { inheritedSources, passageSources } from "./derived-sources";

/** Documents with their actors, alignments and commitments. */
export async function writeDocuments(w: SeedWriter): Promise<void> {
  const { m, stats, all, cite, observe, actor, noActor, ids, projectRoot } = w;
  // Provenance rules for passages and nested rows: see derived-sources.ts.
  const docs = all("documents");
  const text = (file: string | undefined, inline: string | undefined) => inline ?? (file ? fs.readFileSync(path.join(projectRoot, file), "utf8") : null);
  const documentIds = (w.ids.document = await upsertByKey(m, Document, "key", docs.map((x) => ({
    key: x.key, title: x.title, kind: x.kind, dateAt: d(x.date), meetingId: x.meeting ? ids.meeting.get(x.meeting)! : null, language: x.language ?? "en",
    text: text(x.textFile, x.text), summary: x.summary ?? null, unSymbols: x.unSymbols ?? [], urls: x.urls ?? [],
    deliveredBy: x.deliveredBy ? actor(x.deliveredBy.actor) : noActor, deliveredByPersonId: x.deliveredBy?.person ? ids.person.get(x.deliveredBy.person)! : null,
    onBehalfOfNetworkId: x.onBehalfOf?.network ? ids.network.get(x.onBehalfOf.network)! : null,
    onBehalfOfOrganisationId: x.onBehalfOf?.actor ? actor(x.onBehalfOf.actor).organisationId : null,
    onBehalfOfMemberCount: x.onBehalfOf?.memberCount ?? null, onBehalfOfNote: x.onBehalfOf?.note ?? null,
  })), stats));
  for (const x of docs) {
    cite("Document", documentIds.get(x.key)!, x.sources);
    observe("Document", documentIds.get(x.key)!, x.observations);
  }
  const roles: [string, DocumentActorRole][] = [["authors", DocumentActorRole.AUTHOR], ["signatories", DocumentActorRole.SIGNATORY], ["dissociations", DocumentActorRole.DISSOCIATION]];
  const docActors = docs.flatMap((x) => roles.flatMap(([field, role]) => (x[field] ?? []).map((a: string, i: number) => ({ x, a, role, i }))));
  (await syncRows(m, DocumentActor, docActors.map(({ x, a, role, i }) => ({
    documentId: documentIds.get(x.key)!, actor: actor(a), role, position: i,
  })), stats)).forEach((pk, i) => cite("DocumentActor", pk, inheritedSources(undefined, docActors[i].x.sources, "document")));
  const alignments = docs.flatMap((x) => (x.alignments ?? []).map((a: any) => ({ x, a })));
  (await syncRows(m, DocumentAlignment, alignments.map(({ x, a }) => ({
    documentId: documentIds.get(x.key)!, alignedWithId: a.document ? documentIds.get(a.document)! : null, speaker: a.actor ? actor(a.actor) : noActor,
    speakerNetworkId: a.network ? ids.network.get(a.network)! : null, description: a.description, extent: a.extent ?? AlignmentExtent.FULL,
  })), stats)).forEach((pk, i) => cite("DocumentAlignment", pk, inheritedSources(alignments[i].a.sources, alignments[i].x.sources, "document")));
  const commitments = docs.flatMap((x) => (x.commitments ?? []).map((c: any, i: number) => ({ x, c, i })));
  const commitmentIds = await syncRows(m, DocumentCommitment, commitments.map(({ x, c, i }) => ({
    documentId: documentIds.get(x.key)!, kind: c.kind, text: c.text, position: i,
    treatyProposalId: c.treatyProposal ? ids.treaty.get(c.treatyProposal)! : null, meetingId: c.meeting ? ids.meeting.get(c.meeting)! : null,
    networkId: c.network ? ids.network.get(c.network)! : null,
  })), stats);
  const passageSrc = commitments.map(({ x, c }) => passageSources(x, c));
  commitmentIds.forEach((pk, i) => cite("DocumentCommitment", pk, passageSrc[i]));
  const commitmentActors = commitments.flatMap(({ c }, i) => (c.actors ?? []).map((a: string, j: number) => ({ i, a, j })));
  (await syncRows(m, CommitmentActor, commitmentActors.map(({ i, a, j }) => ({ commitmentId: commitmentIds[i], actor: actor(a), position: j })), stats))
    .forEach((pk, k) => cite("CommitmentActor", pk, inheritedSources(undefined, passageSrc[commitmentActors[k].i], "passage")));
}
