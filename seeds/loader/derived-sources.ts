import type { Src } from "./seed-writer";

/**
 * The two provenance rules the loader applies when a seed row carries no `sources` of its own.
 *
 * 1. A document's passage (DocumentCommitment) is the document's own words. Its source is the
 *    citation of the document's published text (`textSource` on the document) with the passage as
 *    the quote, bracketed editorial notes removed. The validator checks those words against the
 *    document's stored text, so the rule cannot attach a quote the document does not contain.
 * 2. A row nested in a seed record (a leadership holder, a network founder, a document's author or
 *    signatory, an alignment, a treaty's proponent or crime, a declaration, a passage's actors) was
 *    written from that record's sources: it inherits them, with a note that says so. A nested row
 *    with `sources` of its own keeps only those.
 */

/** A passage without its editorial notes: `[The participants] made` → `made`; `[...]` → `…`. */
export function passageQuote(text: string): string {
  return text
    .replace(/\[(\.\.\.|…)\]/g, "…")
    .replace(/\s*\[[^\]]*\]\s*/g, " ")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:])/g, "$1")
    .trim();
}

/** For comparing a quote with a stored text: case, spacing, dashes, quotes and bullets do not matter. */
export function normaliseForQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐-―−]/g, "-")
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[•·]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/-\s+/g, "-")
    .trim();
}

/** The pieces of a quote (split at `…`) that do not occur in `text`. */
export function missingQuotePieces(quote: string, text: string): string[] {
  const haystack = normaliseForQuote(text);
  return quote
    .split("…")
    .map((piece) => normaliseForQuote(piece).replace(/^[\s.,;:]+|[\s.,;:]+$/g, ""))
    .filter((piece) => piece && !haystack.includes(piece));
}

/** Rule 1: a passage's own sources, or its document's text citation with the passage as the quote. */
export function passageSources(doc: { textSource?: string }, passage: { text: string; sources?: Src[] }): Src[] {
  if (passage.sources?.length) return passage.sources;
  if (!doc.textSource) return [];
  return [{ citation: doc.textSource, quote: passageQuote(passage.text), note: "The passage is quoted from the document itself." }];
}

/** Rule 2: a nested row's own sources, or its parent record's, each marked as inherited. */
export function inheritedSources(own: Src[] | undefined, parent: Src[] | undefined, parentKind: string): Src[] {
  if (own?.length) return own;
  return (parent ?? []).map((s) => {
    const src = typeof s === "string" ? { citation: s } : s;
    const inherited = `Inherited from the ${parentKind} this row belongs to: a source of that seed record.`;
    return { citation: src.citation, quote: src.quote ?? null, note: src.note ? `${inherited} ${src.note}` : inherited };
  });
}
