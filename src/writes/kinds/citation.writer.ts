import { randomBytes } from "node:crypto";
import { Citation } from "../../../entities/citation.entity";
import { Visibility } from "../../../entities/enums/visibility.enum";
import { ConflictError } from "../../errors/conflict.error";
import { parsePartialDate, NO_DATE } from "../../../seeds/loader/partial-date";
import type { InputProblems } from "../input-problems";
import { draftPublication, editedPublication, requireCanCreate, requireCanEdit } from "../publication-rules";
import { loadVisible, updateVersioned } from "../versioned-row";
import type { WriteTx } from "../write-tx";
import { enumAt, mark, partialDateAt, partnerScope, storedScope, textAt } from "./provenance-kinds.refs";

/** A citation as a mutation or an import gives it (every field optional on update). */
export interface CitationValues {
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  published?: string | null;
  mirrorOf?: string | null;
  visibility?: Visibility | null;
}

/** The same rule as sources (src/writes/sources.ts): a public http(s) address with a host name. */
const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;

function urlAt(problems: InputProblems, path: string, value: unknown): void {
  if (typeof value !== "string" || !HTTP_URL.test(value) || value.length > 1000) problems.add(path, "must be a public http(s) address of at most 1000 characters");
}

/** Checks the values' shape without the database. */
export function checkCitation(problems: InputProblems, v: CitationValues, creating: boolean): void {
  if (creating || v.url !== undefined) urlAt(problems, "url", v.url);
  if (creating || v.publisher !== undefined) textAt(problems, "publisher", v.publisher, 200, true);
  textAt(problems, "title", v.title, 500);
  if (v.published != null) partialDateAt(problems, "published", v.published);
  if (v.mirrorOf != null) urlAt(problems, "mirrorOf", v.mirrorOf);
  enumAt(problems, "visibility", v.visibility, Visibility, false);
}

/**
 * Creates a draft citation in the partner's own scope (its state or organisation), for facts
 * written later that name it by id. One address is one citation: a URL the partner can already
 * see as a citation is refused with that citation's id.
 */
export async function createCitation(tx: WriteTx, problems: InputProblems, v: CitationValues): Promise<number | null> {
  const start = mark(problems);
  const scope = partnerScope(tx.partner);
  requireCanCreate(tx.partner, scope);
  await refuseKnownUrl(tx, problems, v.url!);
  if (mark(problems) > start) return null;
  return tx.insert(Citation, {
    key: `partner-${tx.partner.partnerId}-${randomBytes(6).toString("hex")}`,
    url: v.url!,
    publisher: v.publisher!.trim(),
    title: v.title?.trim() || null,
    publishedAt: v.published != null ? parsePartialDate(v.published) : NO_DATE,
    mirrorOf: v.mirrorOf ?? null,
    publication: draftPublication(tx.partner, scope, v.visibility),
  });
}

/** Changes a citation at the version the partner read (its author while a draft, a steward of its scope, ADMIN for seed citations). */
export async function updateCitation(tx: WriteTx, problems: InputProblems, pk: number, version: number, v: CitationValues): Promise<void> {
  const start = mark(problems);
  const row = await loadVisible(tx, Citation, pk, "id");
  const scope = storedScope(row);
  requireCanEdit(tx.partner, row, scope);
  if (row.publication.version !== version) throw new ConflictError("version", row.publication.version);
  if (v.url != null && v.url !== row.url) await refuseKnownUrl(tx, problems, v.url);
  if (mark(problems) > start) return;
  const values: Record<string, unknown> = {};
  if (v.url != null) values.url = v.url;
  if (v.publisher != null) values.publisher = v.publisher.trim();
  if (v.title !== undefined) values.title = v.title?.trim() || null;
  if (v.published !== undefined) values.publishedAt = v.published == null ? NO_DATE : parsePartialDate(v.published);
  if (v.mirrorOf !== undefined) values.mirrorOf = v.mirrorOf ?? null;
  await updateVersioned(tx, Citation, row, version, { ...values, publication: editedPublication(tx.partner, row, scope) });
}

async function refuseKnownUrl(tx: WriteTx, problems: InputProblems, url: string): Promise<void> {
  const known = await tx.manager.getRepository(Citation).findOneBy({ url });
  if (known) problems.add("url", `is already the citation ${known.globalId}: name it by id in \`sources\``);
}
