import { toGlobalId } from "../../global-id";
import type { InputProblems } from "../input-problems";
import { mark } from "./provenance-kinds.refs";

/*
 * Import plumbing shared by the kinds (src/writes/importable-kinds.ts). A refusal a writer throws
 * (FORBIDDEN, BAD_USER_INPUT with its problems, CONFLICT) needs no handling here: the import
 * (src/imports/import-batch.ts) makes it that record's problem, and ends the import on anything else.
 */

/** The new row's global id, or null when the writer reported problems instead of writing. */
export async function importRecord(typeName: string, create: () => Promise<number | null>): Promise<string | null> {
  const pk = await create();
  return pk == null ? null : toGlobalId(typeName, pk);
}

/**
 * The shape check again inside `create` (an import may call `create` without `check`): its
 * problems are added unless `check` already reported them for this record. True when clean.
 */
export function recheck(problems: InputProblems, run: (scratch: InputProblems) => void): boolean {
  const start = mark(problems);
  run(problems);
  const added = problems.list.splice(start);
  for (const p of added) if (!problems.list.some((q) => q.path === p.path && q.message === p.message)) problems.list.push(p);
  return added.length === 0;
}

/** A CSV cell as a value: blank cells are absent. */
export function cell(fields: Record<string, string>, name: string): string | undefined {
  const value = fields[name]?.trim();
  return value ? value : undefined;
}

/** The one source a tabular row carries, from its `sourceUrl`, `sourcePublisher`, `sourcePublished`, `sourceQuote` (and `sourceTitle`, `sourceCitation`) cells. */
export function sourceFromFields(fields: Record<string, string>): Record<string, string>[] {
  const source: Record<string, string> = {};
  for (const [name, key] of [["sourceCitation", "citation"], ["sourceUrl", "url"], ["sourcePublisher", "publisher"], ["sourceTitle", "title"], ["sourcePublished", "published"], ["sourceQuote", "quote"]]) {
    const value = cell(fields, name);
    if (value !== undefined) source[key] = value;
  }
  return Object.keys(source).length ? [source] : [];
}

/** The record's `sources` checked for shape: a list of objects (the per-field checks follow). */
export function sourcesShape(problems: InputProblems, record: Record<string, unknown>): boolean {
  const s = record.sources;
  if (s == null || (Array.isArray(s) && s.every((x) => typeof x === "object" && x !== null && !Array.isArray(x)))) return true;
  problems.add("sources", "must be a list of sources (objects with url and publisher, or citation)");
  return false;
}
