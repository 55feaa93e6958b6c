/**
 * The shape of `crimes.json` and `mechanisms.json` (seeds/data/atrocity/): the contract between
 * those files and seeds/loader/validate-atrocity.ts and write-atrocity.ts.
 */
import type { SourceRef } from "./seed.types";

/** A document naming a crime or a mechanism, in its own words. */
export interface MentionSeed {
  /** The document's key (documents.json). */
  document: string;
  /** The index of the passage in the document's `commitments`; the quote must be in it. */
  passage?: number;
  /** The document's exact words (white space aside); they must be in its stored text when it has one. */
  quote: string;
  /** For mechanisms only: what the document names it for (`MechanismPurpose`: EARLY_WARNING, …). */
  purpose?: string;
  note?: string;
  /** The document's citation, with the same words as the quote. */
  sources: SourceRef[];
}

/** A crime as a concept; `crime` is the `Crime` enum value and the record's key. */
export interface CrimeSeed {
  crime: string;
  name: string;
  description: string;
  /** One of the four crimes of the responsibility to protect. */
  r2p?: boolean;
  /** The order in `crimes` (default: the file's order). */
  position?: number;
  sources: SourceRef[];
  mentions?: MentionSeed[];
}

/** A mechanism that documents name as a tool. */
export interface MechanismSeed {
  key: string;
  name: string;
  acronym?: string;
  /** `MechanismType`: PEER_REVIEW, INDEPENDENT_EXPERTS, COUNTRY_CONFIGURATION, ACTION_PLAN, OTHER. */
  kind: string;
  /** The key of the organisation it belongs to (organisations.json). */
  organisation?: string;
  aliases?: string[];
  description: string;
  sources: SourceRef[];
  mentions?: MentionSeed[];
}
