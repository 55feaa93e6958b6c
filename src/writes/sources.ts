import { randomBytes } from "node:crypto";
import { Citation } from "../../entities/citation.entity";
import { SourceLink } from "../../entities/source-link.entity";
import type { Publication } from "../../entities/publication.embedded";
import { fromGlobalId } from "../global-id";
import { parsePartialDate, NO_DATE } from "../../seeds/loader/partial-date";
import type { InputProblems } from "./input-problems";
import type { WriteTx } from "./write-tx";

/** One source of a written fact: an existing citation, or a new one (url, publisher, date). */
export interface SourceSpec {
  citation?: string | null;
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  published?: string | null;
  quote?: string | null;
  note?: string | null;
}

const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;

/**
 * Checks a fact's sources without writing: at least one (provenance is not optional for partners),
 * each either `citation` or `url` + `publisher`, public http(s) addresses, a valid date.
 */
export function checkSources(problems: InputProblems, path: string, sources: SourceSpec[] | null | undefined): void {
  if (!sources || sources.length === 0) return problems.add(path, "at least one source is required: every fact written carries a citation (url, publisher, date)");
  sources.forEach((s, i) => {
    const at = `${path}[${i}]`;
    if (s.citation != null) {
      if (s.url != null || s.publisher != null) problems.add(`${at}.citation`, "give either an existing citation or url and publisher for a new one, not both");
      else if (fromGlobalId(s.citation)?.type !== "Citation") problems.add(`${at}.citation`, "must be the global id of a Citation");
      return;
    }
    if (!s.url || !HTTP_URL.test(s.url) || s.url.length > 1000) problems.add(`${at}.url`, "must be a public http(s) address of at most 1000 characters");
    if (!s.publisher?.trim() || s.publisher.length > 200) problems.add(`${at}.publisher`, "is required (at most 200 characters)");
    if (s.title != null && s.title.length > 500) problems.add(`${at}.title`, "must be at most 500 characters");
    if (s.published != null) {
      try {
        parsePartialDate(s.published);
      } catch (error) {
        problems.add(`${at}.published`, (error as Error).message);
      }
    }
  });
  sources.forEach((s, i) => {
    if (s.quote != null && s.quote.length > 5000) problems.add(`${path}[${i}].quote`, "must be at most 5000 characters");
  });
}

/**
 * Links `subject` to its (already checked) sources: existing citations must be visible to the
 * partner; new ones are created with the subject's publication state, so they are published and
 * retracted with it. Returns the problems of references that name nothing.
 */
export async function attachSources(tx: WriteTx, problems: InputProblems, path: string, subject: { type: string; id: number }, sources: SourceSpec[], publication: Publication): Promise<void> {
  for (const [i, s] of sources.entries()) {
    let citationId: number;
    if (s.citation != null) {
      const pk = fromGlobalId(s.citation)!.id;
      const found = await tx.manager.getRepository(Citation).findOneBy({ pk });
      if (!found) {
        problems.add(`${path}[${i}].citation`, "names no citation you can see");
        continue;
      }
      citationId = pk;
    } else {
      citationId = await tx.insert(Citation, {
        key: `partner-${tx.partner.partnerId}-${randomBytes(6).toString("hex")}`,
        url: s.url!,
        publisher: s.publisher!.trim(),
        title: s.title ?? null,
        publishedAt: s.published != null ? parsePartialDate(s.published) : NO_DATE,
        publication: { ...publication },
      });
    }
    await tx.insert(SourceLink, { subjectType: subject.type, subjectId: subject.id, citationId, quote: s.quote ?? null, note: s.note ?? null });
  }
}
