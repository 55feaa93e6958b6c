import { upsertByKey, syncRows } from "./sync";
import { AtrocityCrime } from "../../entities/atrocity-crime.entity";
import { Mechanism } from "../../entities/mechanism.entity";
import { DocumentMention } from "../../entities/document-mention.entity";
import { DocumentCommitment } from "../../entities/document-commitment.entity";
import { normaliseSpace } from "./validate-atrocity";
import type { SeedWriter } from "./seed-writer";
import type { CrimeSeed, MechanismSeed, MentionSeed } from "../atrocity-seed.types";

/**
 * The crimes as concepts, the mechanisms, and the mentions of both in documents. Runs after the
 * documents (mentions point at documents and their passages) and before the provenance step.
 */
export async function writeAtrocity(w: SeedWriter): Promise<void> {
  const { m, stats, all, cite, ids } = w;
  const crimes = all<CrimeSeed>("crimes");
  const crimeIds = await upsertByKey(m, AtrocityCrime, "crime", crimes.map((x, i) => ({
    crime: x.crime, name: x.name, description: x.description, r2p: x.r2p ?? false, position: x.position ?? i + 1,
  })), stats);
  for (const x of crimes) cite("AtrocityCrime", crimeIds.get(x.crime)!, x.sources);

  const mechanisms = all<MechanismSeed>("mechanisms");
  const mechanismIds = await upsertByKey(m, Mechanism, "key", mechanisms.map((x) => ({
    key: x.key, name: x.name, acronym: x.acronym ?? null, kind: x.kind, aliases: x.aliases ?? [], description: x.description,
    organisationId: x.organisation ? ids.organisation.get(x.organisation)! : null,
  })), stats);
  for (const x of mechanisms) cite("Mechanism", mechanismIds.get(x.key)!, x.sources);

  // A passage is addressed by its document and its index in the document's `commitments` (stored as `position`).
  const passages = new Map<string, { pk: number; text: string }>();
  for (const row of await m.getRepository(DocumentCommitment).find({ select: { pk: true, documentId: true, position: true, text: true } })) {
    passages.set(`${row.documentId}:${row.position}`, { pk: row.pk, text: normaliseSpace(row.text) });
  }
  const mentions = [
    ...crimes.flatMap((x) => (x.mentions ?? []).map((mention: MentionSeed) => ({ mention, crimeId: crimeIds.get(x.crime)!, mechanismId: null as number | null }))),
    ...mechanisms.flatMap((x) => (x.mentions ?? []).map((mention: MentionSeed) => ({ mention, crimeId: null as number | null, mechanismId: mechanismIds.get(x.key)! as number | null }))),
  ];
  const mentionIds = await syncRows(m, DocumentMention, mentions.map(({ mention, crimeId, mechanismId }) => {
    const documentId = ids.document.get(mention.document)!;
    const passage = mention.passage == null ? undefined : passages.get(`${documentId}:${mention.passage}`);
    // Text order: the passage's place in the document, then the words' place in the passage.
    const offset = passage ? Math.max(0, passage.text.indexOf(normaliseSpace(mention.quote))) : 0;
    return {
      documentId, commitmentId: passage?.pk ?? null, mechanismId, crimeId, purpose: mention.purpose ?? null,
      quote: mention.quote, note: mention.note ?? null, position: (mention.passage ?? 0) * 10000 + offset,
    };
  }), stats);
  mentionIds.forEach((pk, i) => cite("DocumentMention", pk, mentions[i].mention.sources));
}
