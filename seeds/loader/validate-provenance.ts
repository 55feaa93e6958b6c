import fs from "node:fs";
import path from "node:path";
import type { Checker, RecordChecker } from "./checker";
import type { SeedFiles } from "./read-seed-files";
import { missingQuotePieces, passageQuote } from "./derived-sources";

/** The project root (seeds/texts paths are relative to it), from source or from dist/. */
const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../../.." : "../..");
const STORED_COPY = /^seeds\/texts\/[\w.-]+\.txt$/;

/**
 * A citation's `url` is a web address a partner can open; a repository file is never a URL. The
 * repository's copy of a text goes in `storedCopy` (a file under seeds/texts/ that must exist).
 */
export function checkCitationAddress(v: RecordChecker, record: any): void {
  if (!/^https?:\/\/\S+$/.test(record?.url ?? "")) {
    v.fail(`url must be an http(s) address a partner can open (got ${JSON.stringify(record?.url)}); put a repository copy in storedCopy`);
  }
  const copy = record?.storedCopy;
  if (copy == null) return;
  if (typeof copy !== "string" || !STORED_COPY.test(copy)) v.fail("storedCopy must be a file under seeds/texts/ (seeds/texts/<name>.txt)");
  else if (!fs.existsSync(path.join(PROJECT_ROOT, copy))) v.fail(`storedCopy ${copy} does not exist`);
}

/** At least one source, each a known citation; `path` names the field in messages. */
export function requireSources(v: RecordChecker, obj: any, path: string): void {
  const list = obj?.sources;
  if (!Array.isArray(list) || list.length === 0) return v.fail(`${path} needs at least one citation: every participation, person and passage carries its source`);
  optionalSources(v, obj, path);
}

function optionalSources(v: RecordChecker, obj: any, path: string): void {
  const list = obj?.sources;
  if (list == null) return;
  if (!Array.isArray(list)) return v.fail(`${path} must be an array`);
  list.forEach((s: any, i: number) => v.ref("citation", typeof s === "string" ? s : s?.citation, `${path}[${i}]`));
}

const citationKey = (s: any) => (typeof s === "string" ? s : s?.citation);

/**
 * Passages need a source: their own, or their document's `textSource` (then the passage's words,
 * editorial brackets removed, must occur in the document's stored text when there is one). Nested
 * rows may carry their own `sources`; those must name known citations.
 */
export function checkNestedProvenance(c: Checker, files: SeedFiles): void {
  for (const loc of files.documents) {
    const v = c.at(loc);
    const r = loc.record;
    if (r?.textSource != null && !(r.sources ?? []).some((s: any) => citationKey(s) === r.textSource)) {
      v.fail(`textSource ${JSON.stringify(r.textSource)} must be one of the document's sources`);
    }
    const text = documentText(r);
    v.list<any>(r, "commitments").forEach((m, i) => {
      const at = `commitments[${i}].sources`;
      if (m?.sources != null) return requireSources(v, m, at);
      if (r?.textSource == null) return v.fail(`${at} needs at least one citation (or the document needs a textSource): every passage carries its source`);
      if (text == null || typeof m?.text !== "string") return;
      const missing = missingQuotePieces(passageQuote(m.text), text);
      if (missing.length) v.fail(`${at}: the passage's words are not in the document's text (${JSON.stringify(missing[0].slice(0, 60))}…); give the passage its own sources with the supporting quote`);
    });
    v.list<any>(r, "alignments").forEach((a, i) => optionalSources(v, a, `alignments[${i}].sources`));
  }
  for (const loc of files.networks) {
    const v = c.at(loc);
    v.list<any>(loc.record, "founders").forEach((f, i) => optionalSources(v, f, `founders[${i}].sources`));
    v.list<any>(loc.record, "leadership").forEach((t, i) =>
      v.list<any>(t, "holders").forEach((h, j) => optionalSources(v, h, `leadership[${i}].holders[${j}].sources`)),
    );
  }
  for (const loc of files["treaty-proposals"]) {
    const v = c.at(loc);
    v.list<any>(loc.record, "proponents").forEach((p, i) => optionalSources(v, p, `proponents[${i}].sources`));
    v.list<any>(loc.record, "crimes").forEach((x, i) => optionalSources(v, x, `crimes[${i}].sources`));
    v.list<any>(loc.record, "actions").forEach((a, i) =>
      v.list<any>(a, "declarations").forEach((d, j) => optionalSources(v, d, `actions[${i}].declarations[${j}].sources`)),
    );
  }
}

function documentText(r: any): string | null {
  if (typeof r?.text === "string") return r.text;
  if (typeof r?.textFile !== "string" || !STORED_COPY.test(r.textFile)) return null;
  const file = path.join(PROJECT_ROOT, r.textFile);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}
