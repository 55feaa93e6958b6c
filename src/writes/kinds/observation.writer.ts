import { randomBytes } from "node:crypto";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { Observation } from "../../../entities/observation.entity";
import { Citation } from "../../../entities/citation.entity";
import { Meeting } from "../../../entities/meeting.entity";
import { Network } from "../../../entities/network.entity";
import { Document } from "../../../entities/document.entity";
import { TreatyProposal } from "../../../entities/treaty-proposal.entity";
import { ObservationMetric } from "../../../entities/enums/observation-metric.enum";
import { ObservationQualifier } from "../../../entities/enums/observation-qualifier.enum";
import { Visibility } from "../../../entities/enums/visibility.enum";
import { ConflictError } from "../../errors/conflict.error";
import { fromGlobalId, toGlobalId } from "../../global-id";
import { parsePartialDate, NO_DATE } from "../../../seeds/loader/partial-date";
import type { Publication } from "../../../entities/publication.embedded";
import type { InputProblems } from "../input-problems";
import { draftPublication, editedPublication, requireCanCreate, requireCanEdit } from "../publication-rules";
import { attachSources, checkSources, type SourceSpec } from "../sources";
import { loadVisible, updateVersioned } from "../versioned-row";
import type { WriteTx } from "../write-tx";
import { enumAt, mark, partialDateAt, partnerScope, storedScope, textAt, visibleRowAt } from "./provenance-kinds.refs";
import { checkCitationRefs } from "./provenance-kinds.sources";

/** An observation as a mutation or an import gives it (every field optional on update). */
export interface ObservationValues {
  subject?: string | null;
  metric?: ObservationMetric | null;
  value?: number | null;
  qualifier?: ObservationQualifier | null;
  asOf?: string | null;
  text?: string | null;
  note?: string | null;
  visibility?: Visibility | null;
  sources?: SourceSpec[] | null;
}

/** What an observation can be about: the types that show `observations` (resolvers/source/sourced.resolver.ts). */
export const OBSERVABLE: Record<string, EntityTarget<ObjectLiteral>> = { Meeting, Network, Document, TreatyProposal };

/** Checks the values' shape without the database. */
export function checkObservation(problems: InputProblems, v: ObservationValues, creating: boolean): void {
  if (creating || v.subject !== undefined) {
    const type = typeof v.subject === "string" ? fromGlobalId(v.subject)?.type : undefined;
    if (!type || !(type in OBSERVABLE)) problems.add("subject", `must be the global id of a ${Object.keys(OBSERVABLE).join(", ")}`);
  }
  if (creating || v.metric !== undefined) enumAt(problems, "metric", v.metric, ObservationMetric);
  if (creating || v.value !== undefined) {
    if (typeof v.value !== "number" || !Number.isInteger(v.value) || v.value < 0 || v.value > 1_000_000_000) problems.add("value", "must be a whole number from 0 to 1000000000");
  }
  enumAt(problems, "qualifier", v.qualifier, ObservationQualifier, false);
  if (v.asOf != null) partialDateAt(problems, "asOf", v.asOf);
  textAt(problems, "text", v.text, 5000);
  textAt(problems, "note", v.note, 5000);
  enumAt(problems, "visibility", v.visibility, Visibility, false);
  if (creating || v.sources != null) checkSources(problems, "sources", v.sources);
}

/**
 * Creates a draft observation in the partner's own scope (its state or organisation): a research
 * centre counts anything and its own steward publishes. The first source becomes the
 * observation's `source` (column citation_id); every source is also linked, so publishing the
 * observation publishes the citations written with it. Returns its key, or null with problems.
 */
export async function createObservation(tx: WriteTx, problems: InputProblems, v: ObservationValues): Promise<number | null> {
  const start = mark(problems);
  const scope = partnerScope(tx.partner);
  requireCanCreate(tx.partner, scope);
  const type = fromGlobalId(v.subject!)!.type;
  const subject = await visibleRowAt(tx, problems, "subject", v.subject!, type, OBSERVABLE[type]);
  await checkCitationRefs(tx, problems, "sources", v.sources!);
  if (mark(problems) > start || !subject) return null;
  const publication = draftPublication(tx.partner, scope, v.visibility);
  const sources = await firstAsCitation(tx, v.sources!, publication);
  const pk = await tx.insert(Observation, {
    subjectType: type,
    subjectId: subject.pk,
    metric: v.metric!,
    value: v.value!,
    qualifier: v.qualifier ?? ObservationQualifier.EXACT,
    asOfAt: v.asOf != null ? parsePartialDate(v.asOf) : NO_DATE,
    text: v.text?.trim() || sources[0].quote?.trim() || null,
    note: v.note?.trim() || null,
    citationId: fromGlobalId(sources[0].citation!)!.id,
    publication,
  });
  await attachSources(tx, problems, "sources", { type: "Observation", id: pk }, sources, publication);
  return pk;
}

/**
 * Changes an observation at the version the partner read. Its subject stays (a count of something
 * else is another observation); new sources are added (its `source` stays the first one).
 */
export async function updateObservation(tx: WriteTx, problems: InputProblems, pk: number, version: number, v: ObservationValues): Promise<void> {
  const start = mark(problems);
  const row = await loadVisible(tx, Observation, pk, "id");
  const scope = storedScope(row);
  requireCanEdit(tx.partner, row, scope);
  if (row.publication.version !== version) throw new ConflictError("version", row.publication.version);
  if (v.subject != null) problems.add("subject", "cannot change: record an observation of the other subject instead");
  if (v.sources) await checkCitationRefs(tx, problems, "sources", v.sources);
  if (mark(problems) > start) return;
  const values: Record<string, unknown> = {};
  if (v.metric != null) values.metric = v.metric;
  if (v.value != null) values.value = v.value;
  if (v.qualifier != null) values.qualifier = v.qualifier;
  if (v.asOf !== undefined) values.asOfAt = v.asOf == null ? NO_DATE : parsePartialDate(v.asOf);
  if (v.text !== undefined) values.text = v.text?.trim() || null;
  if (v.note !== undefined) values.note = v.note?.trim() || null;
  const after = await updateVersioned(tx, Observation, row, version, { ...values, publication: editedPublication(tx.partner, row, scope) });
  if (v.sources?.length) await attachSources(tx, problems, "sources", { type: "Observation", id: pk }, v.sources, after.publication);
}

/**
 * The sources with the first one as an existing citation: a new one is created here (as
 * attachSources would), because the observation row itself must name it.
 */
async function firstAsCitation(tx: WriteTx, sources: SourceSpec[], publication: Publication): Promise<SourceSpec[]> {
  const [first, ...rest] = sources;
  if (first.citation != null) return sources;
  const pk = await tx.insert(Citation, {
    key: `partner-${tx.partner.partnerId}-${randomBytes(6).toString("hex")}`,
    url: first.url!,
    publisher: first.publisher!.trim(),
    title: first.title ?? null,
    publishedAt: first.published != null ? parsePartialDate(first.published) : NO_DATE,
    publication: { ...publication },
  });
  return [{ citation: toGlobalId("Citation", pk), quote: first.quote ?? null, note: first.note ?? null }, ...rest];
}
