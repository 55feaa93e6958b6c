import fs from "node:fs";
import path from "node:path";
import type { Checker, RecordChecker } from "./checker";
import type { SeedFiles } from "./read-seed-files";
import { Crime } from "../../entities/enums/crime.enum";
import { MechanismType } from "../../entities/enums/mechanism-type.enum";
import { MechanismPurpose } from "../../entities/enums/mechanism-purpose.enum";

/** The project root (seeds/texts paths are relative to it), from source or from dist/. */
const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../../.." : "../..");

/** Quotes are compared with runs of white space made one space: the stored texts keep the PDF's line breaks. */
export const normaliseSpace = (text: string) => text.replace(/\s+/g, " ").trim();

/** A document's passages and its stored full text, for checking that mentions quote them exactly. */
interface DocumentWords {
  passages: string[];
  text: string | null;
}

function documentWords(files: SeedFiles): Map<string, DocumentWords> {
  const words = new Map<string, DocumentWords>();
  for (const { record: r } of files.documents) {
    if (typeof r?.key !== "string") continue;
    let text: string | null = typeof r.text === "string" ? r.text : null;
    if (text == null && typeof r.textFile === "string" && /^seeds\/texts\/[\w.-]+\.txt$/.test(r.textFile)) {
      const file = path.join(PROJECT_ROOT, r.textFile);
      if (fs.existsSync(file)) text = fs.readFileSync(file, "utf8");
    }
    const passages = Array.isArray(r.commitments) ? r.commitments.map((c: any) => (typeof c?.text === "string" ? c.text : "")) : [];
    words.set(r.key, { passages: passages.map(normaliseSpace), text: text == null ? null : normaliseSpace(text) });
  }
  return words;
}

/**
 * A document naming a crime or mechanism: the document (by key), optionally the passage (the index
 * of the document's `commitments`), the exact words (which must be in that passage and in the
 * document's stored text), for mechanisms the purpose, and sources.
 */
function checkMentions(v: RecordChecker, record: any, words: Map<string, DocumentWords>, purposeAllowed: boolean): void {
  v.list<any>(record, "mentions").forEach((m, i) => {
    const at = `mentions[${i}]`;
    const document = v.ref("document", m?.document, `${at}.document`);
    const quote = v.str(m, "quote", `${at}.quote`);
    if (m?.purpose != null) {
      if (purposeAllowed) v.enumValue(m, "purpose", MechanismPurpose, undefined, `${at}.purpose`);
      else v.fail(`${at}.purpose is for mechanisms only`);
    }
    v.optStr(m, "note", `${at}.note`);
    v.sources(m, "sources");
    const doc = words.get(document);
    if (!doc || typeof quote !== "string") return;
    const said = normaliseSpace(quote);
    if (m?.passage != null) {
      if (!Number.isInteger(m.passage) || m.passage < 0 || m.passage >= doc.passages.length) {
        return v.fail(`${at}.passage must be the index of one of the document's ${doc.passages.length} commitments (got ${JSON.stringify(m.passage)})`);
      }
      if (!doc.passages[m.passage].includes(said)) v.fail(`${at}.quote is not in passage ${m.passage} of ${document}: ${JSON.stringify(quote.slice(0, 60))}`);
    }
    if (doc.text != null && !doc.text.includes(said)) v.fail(`${at}.quote is not in the text of ${document}: ${JSON.stringify(quote.slice(0, 60))}`);
  });
}

/**
 * Checks `crimes.json` (the crimes as concepts) and `mechanisms.json` (the mechanisms documents
 * name), with their mentions. Runs after the other files' keys are known (documents, organisations, citations).
 */
export function validateAtrocitySeeds(c: Checker, files: SeedFiles): void {
  const words = documentWords(files);
  for (const loc of files.crimes) {
    const v = c.at(loc);
    const r = loc.record;
    v.enumValue(r, "crime", Crime);
    v.unique("crime", r?.crime);
    v.str(r, "name");
    v.str(r, "description");
    if (r?.r2p != null && typeof r.r2p !== "boolean") v.fail("r2p must be true or false");
    if (r?.position != null && !Number.isInteger(r.position)) v.fail("position must be an integer");
    v.sources(r);
    checkMentions(v, r, words, false);
  }
  for (const loc of files.mechanisms) {
    const v = c.at(loc);
    const r = loc.record;
    v.unique("mechanism", r?.key);
    if (typeof r?.key === "string" && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.key)) v.fail("key must be lower-case words joined by hyphens");
    v.str(r, "name");
    v.optStr(r, "acronym");
    v.enumValue(r, "kind", MechanismType);
    v.optRef("organisation", r?.organisation, "organisation");
    v.list<unknown>(r, "aliases").forEach((a, i) => typeof a !== "string" && v.fail(`aliases[${i}] must be a string`));
    v.str(r, "description");
    v.sources(r);
    checkMentions(v, r, words, true);
  }
}
