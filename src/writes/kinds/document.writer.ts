import { Document } from "../../../entities/document.entity";
import type { Scope } from "../writable-kinds";
import type { InputProblems } from "../input-problems";
import { draftPublication, editedPublication, requireCanCreate, requireCanEdit } from "../publication-rules";
import { attachSources } from "../sources";
import { loadVisible, updateVersioned } from "../versioned-row";
import type { WriteTx } from "../write-tx";
import { readDocument, type DocumentSpec } from "./document.fields";
import { askActorLists, checkActorLists, writeActorLists } from "./document-actor.writer";
import { askPassages, checkPassageActors, insertPassages, removePassages } from "./passage.writer";
import { RefBatch, type ActorKey, type Ref } from "./reference.lookup";
import type { Fields } from "./record.fields";
import { isUniqueViolation } from "./unique-violation";

type ScopeColumns = Pick<Document, "onBehalfOfNetworkId" | "onBehalfOfOrganisationId" | "deliveredBy"> & { publication?: { scopeType: string | null; scopeId: number | null } };

const NO_ACTOR: ActorKey = { stateId: null, organisationId: null };

const actorScope = (a: ActorKey | null | undefined): Scope | null =>
  a?.stateId != null ? { type: "State", id: a.stateId } : a?.organisationId != null ? { type: "Organisation", id: a.organisationId } : null;

/**
 * Whose CONTRIBUTORs write a document and whose STEWARDs publish it: the network it was made on
 * behalf of, else the organisation it was made for, else the state or organisation that delivered
 * it, else (set when it was created) its first author; none of them → ADMIN only.
 */
export function documentScope(row: ScopeColumns): Scope | null {
  if (row.onBehalfOfNetworkId != null) return { type: "Network", id: row.onBehalfOfNetworkId };
  if (row.onBehalfOfOrganisationId != null) return { type: "Organisation", id: row.onBehalfOfOrganisationId };
  const delivered = actorScope(row.deliveredBy);
  if (delivered) return delivered;
  const stored = row.publication;
  return stored?.scopeId != null && (stored.scopeType === "State" || stored.scopeType === "Organisation") ? { type: stored.scopeType, id: stored.scopeId } : null;
}

/** Asks for the document's own references in `batch`; the returned function puts them into the column values once it ran. */
function askDocumentRefs(batch: RefBatch, spec: DocumentSpec): () => void {
  const { refs, values } = spec;
  const asked: [string, Ref<unknown>, (v: unknown) => unknown][] = [];
  const ask = (column: string, given: string | null | undefined, cleared: unknown, ref: () => Ref<unknown>, pick: (v: unknown) => unknown = (v) => v) => {
    if (given === null) values[column] = cleared;
    else if (given !== undefined) asked.push([column, ref(), pick]);
  };
  ask("meetingId", refs.meeting, null, () => batch.keyedRow("meeting", refs.meeting!, "Meeting", "meeting", "key"));
  ask("deliveredBy", refs.deliveredBy, NO_ACTOR, () => batch.actor("deliveredBy", refs.deliveredBy!));
  ask("deliveredByPersonId", refs.deliveredByPerson, null, () => batch.keyedRow("deliveredByPerson", refs.deliveredByPerson!, "Person", "person", "key", true));
  ask("onBehalfOfNetworkId", refs.onBehalfOfNetwork, null, () => batch.keyedRow("onBehalfOfNetwork", refs.onBehalfOfNetwork!, "Network", "network", "slug", true));
  ask("onBehalfOfOrganisationId", refs.onBehalfOfOrganisation, null, () => batch.actor("onBehalfOfOrganisation", refs.onBehalfOfOrganisation!, ["Organisation"]), (v) => (v as ActorKey).organisationId);
  return () => {
    for (const [column, ref, pick] of asked) if (ref.value != null) values[column] = pick(ref.value);
  };
}

/** Everything a document write refers to, found in one batch (one statement per table). */
async function resolveDocument(tx: WriteTx, problems: InputProblems, spec: DocumentSpec) {
  const batch = new RefBatch(tx, problems);
  const applyRefs = askDocumentRefs(batch, spec);
  const lists = askActorLists(batch, spec.actors);
  const passages = spec.passages && askPassages(batch, spec.passages);
  await batch.run();
  applyRefs();
  checkActorLists(problems, lists);
  if (passages) checkPassageActors(problems, passages);
  return { lists, passages };
}

const KEY_TAKEN = (key: unknown) => `is already taken by another document (${JSON.stringify(key)}); choose another key`;

/**
 * Creates a draft document with its authors, signatories, dissociations, passages and sources for
 * the transaction's partner, or adds problems and writes nothing. FORBIDDEN unless the partner is a
 * CONTRIBUTOR of the document's scope. Returns the new document's primary key, or null.
 */
export async function createDocument(tx: WriteTx, problems: InputProblems, record: Fields): Promise<number | null> {
  const before = problems.list.length;
  const spec = readDocument(problems, record, true);
  const { lists, passages } = await resolveDocument(tx, problems, spec);
  if (problems.list.length > before) return null;
  const row = { deliveredBy: NO_ACTOR, ...spec.values } as ScopeColumns;
  const scope = documentScope(row) ?? actorScope(lists.authors?.[0]?.value);
  requireCanCreate(tx.partner, scope);
  const publication = draftPublication(tx.partner, scope, spec.visibility);
  const pk = await tx.insertUnlessTaken(Document, { ...row, publication });
  if (pk === null) {
    problems.add("key", KEY_TAKEN(spec.values.key));
    return null;
  }
  await writeActorLists(tx, pk, lists, false);
  await insertPassages(tx, problems, pk, passages ?? [], publication);
  await attachSources(tx, problems, "sources", { type: "Document", id: pk }, spec.sources!, publication);
  return pk;
}

/**
 * Changes a document at the version the partner read: the fields given (null clears), each actor
 * list given (it replaces that role's actors), the passages when given (they replace the old ones;
 * removals reach the change log), and adds any `sources` given. Who may: as for meetings.
 */
export async function updateDocument(tx: WriteTx, problems: InputProblems, pk: number, version: number, record: Fields): Promise<void> {
  const row = await loadVisible(tx, Document, pk, "id");
  const before = problems.list.length;
  const spec = readDocument(problems, record, false);
  if (spec.visibility != null) problems.add("visibility", "is set with setRecordVisibility, not with an update");
  const { lists, passages } = await resolveDocument(tx, problems, spec);
  if (problems.list.length > before) return;
  const oldScope = documentScope(row);
  requireCanEdit(tx.partner, row, oldScope);
  const merged = { ...row, ...spec.values } as Document;
  const scope = documentScope(merged) ?? actorScope(lists.authors?.[0]?.value) ?? oldScope;
  if (JSON.stringify(scope) !== JSON.stringify(oldScope)) requireCanCreate(tx.partner, scope);
  let after: Document;
  try {
    after = await updateVersioned(tx, Document, row, version, { ...spec.values, publication: editedPublication(tx.partner, row, scope) });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return problems.add("key", KEY_TAKEN(spec.values.key));
  }
  await writeActorLists(tx, pk, lists, true);
  if (passages) {
    await removePassages(tx, pk);
    await insertPassages(tx, problems, pk, passages, after.publication);
  }
  if (spec.sources) await attachSources(tx, problems, "sources", { type: "Document", id: pk }, spec.sources, after.publication);
}
