/**
 * The shape of the seed data files in `seeds/data/`. These types are the contract between the
 * people who curate data and the loader (`seeds/seed.loader.ts`), which validates every record
 * against them before it writes anything.
 *
 * References between records use readable keys, never database ids:
 * - an actor is `"state:GHA"` (ISO alpha-3 or alpha-2, or `XK` for Kosovo) or `"org:<organisation key>"`;
 * - people, meetings, documents, networks, treaty proposals and citations are referenced by their `key`.
 *
 * A partial date is a string: `"2011-05-17"` (DAY), `"2011-05"` (MONTH), `"2012-Q3"` (QUARTER),
 * `"2012-H1"` (HALF_YEAR) or `"2011"` (YEAR); or an object that adds a human text or a qualifier:
 * `{ "date": "2014-09-08", "qualifier": "ON_OR_BEFORE", "text": "by 8 September 2014" }`.
 */

export type ActorRef = string;
export type PartialDateInput =
  | string
  | { date: string; text?: string; qualifier?: "EXACT" | "ON_OR_BEFORE" | "ON_OR_AFTER" | "CIRCA" | "INFERRED" };

/** A pointer from a fact to a citation, with the words of the source that support it. */
export type SourceRef = string | { citation: string; quote?: string; note?: string };

export interface CitationSeed {
  key: string;
  url: string;
  publisher: string;
  title?: string;
  publishedOn?: PartialDateInput;
  retrievedOn?: string;
  /** Set when the URL is a mirror or copy of the original publication. */
  mirrorOf?: string;
  /** The repository's copy of the text (seeds/texts/…); `url` is always a public http(s) address. */
  storedCopy?: string;
}

export interface ObservationSeed {
  metric: string; // ObservationMetric
  value: number;
  qualifier?: string; // ObservationQualifier, default EXACT
  asOf?: PartialDateInput;
  /** The words of the source, e.g. "more than 20 Ministers, High Level representatives…". */
  text?: string;
  note?: string;
  source: SourceRef;
}

/**
 * A name in another UN language than English, with its own source. Only names a source gives:
 * a missing translation stays missing (the API then falls back to English and says so).
 */
export interface NameSeed {
  lang: "AR" | "ZH" | "FR" | "RU" | "ES";
  /** COMMON (default) or OFFICIAL; organisations have COMMON names only. */
  kind?: "COMMON" | "OFFICIAL";
  name: string;
  source: SourceRef;
}

export interface StateCorrectionSeed {
  /** alpha-3 code */
  code: string;
  unStatus?: string;
  name?: string;
  officialName?: string;
  aliases?: string[];
  /** Replace world-countries' name of that language and kind (e.g. a UN name from UNTERM). */
  names?: NameSeed[];
  note: string;
  sources: SourceRef[];
}

export interface UnAdmissionSeed {
  code: string; // alpha-3
  admittedOn: string; // YYYY-MM-DD
}

export interface RegionalGroupSeed {
  key: string; // AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_AND_CARIBBEAN, WESTERN_EUROPEAN_AND_OTHERS
  name: string;
  acronym?: string;
  aliases?: string[];
  description: string;
  sources: SourceRef[];
}

/** Changes to the regional-group memberships derived from world-countries. */
export interface RegionalGroupMembershipSeed {
  state: string; // alpha-3
  group: string; // RegionalGroupSeed.key, or null to remove the derived membership
  role?: string; // RegionalGroupRole, default MEMBER
  start?: PartialDateInput;
  end?: PartialDateInput;
  note?: string;
  sources: SourceRef[];
}

export interface OrganisationSeed {
  key: string;
  name: string;
  acronym?: string;
  kind: string; // OrganisationKind
  aliases?: string[];
  parent?: string; // organisation key
  headquarters?: string; // city
  headquartersCountry?: string; // alpha-3
  url?: string;
  founded?: PartialDateInput;
  description?: string;
  /** The name in other UN languages, where a source gives it (the English `name` needs none here). */
  names?: NameSeed[];
  sources: SourceRef[];
}

export interface OrganisationMembershipSeed {
  organisation: string; // organisation key
  member: ActorRef;
  start?: PartialDateInput;
  end?: PartialDateInput;
  role?: string; // MembershipStatus, default MEMBER
  note?: string;
  sources: SourceRef[];
}

export interface PositionSeed {
  title: string;
  affiliation?: ActorRef;
  start?: PartialDateInput;
  end?: PartialDateInput;
  sources: SourceRef[];
}

export interface PersonSeed {
  key: string;
  name: string;
  honorific?: string; // "H.E. Mr.", "Amb.", "Dr"
  aliases?: string[];
  positions: PositionSeed[];
  /** Required: the sources that name the person (usually those of their positions). */
  sources: SourceRef[];
}

export interface NetworkMembershipSeed {
  actor: ActorRef;
  status?: string; // MembershipStatus, default MEMBER
  start?: PartialDateInput;
  end?: PartialDateInput;
  focalPoint?: string; // person key
  focalPointOffice?: string; // e.g. "Ministry of Foreign Affairs"
  note?: string;
  sources: SourceRef[];
}

export interface LeadershipHolderSeed {
  actor: ActorRef;
  person?: string;
  start?: PartialDateInput;
  note?: string;
  /** Optional: without it the holder inherits its term's sources (see seeds/loader/derived-sources.ts). */
  sources?: SourceRef[];
}

export interface LeadershipTermSeed {
  role: string; // LeadershipRole
  label?: string; // "2020/2021", "2024-2026"
  start?: PartialDateInput;
  end?: PartialDateInput;
  holders: LeadershipHolderSeed[];
  note?: string;
  sources: SourceRef[];
}

export interface NetworkSeed {
  key: string; // the public slug
  name: string;
  shortName?: string;
  acronym?: string;
  kind: string; // NetworkKind
  parent?: string; // network key (chapters)
  focus?: string; // "R2P", "WPS", "MLA"
  description: string;
  aliases?: string[];
  url?: string;
  launched?: PartialDateInput;
  launchMeeting?: string; // meeting key
  /** A founder without `sources` inherits the network's. */
  founders?: { actor: ActorRef; note?: string; sources?: SourceRef[] }[];
  memberships?: NetworkMembershipSeed[];
  leadership?: LeadershipTermSeed[];
  observations?: ObservationSeed[];
  sources: SourceRef[];
}

export interface ParticipationSeed {
  actor: ActorRef;
  role: string; // ParticipationRole
  level?: string; // ParticipationLevel
  status?: string; // ConfirmationStatus, default CONFIRMED
  person?: string; // person key
  /** The title the source gives at that meeting, when it differs from the person's position. */
  title?: string;
  note?: string;
  /** Required: the source naming this participation, or, when none names it separately, the meeting's report. */
  sources: SourceRef[];
}

export interface MeetingSeed {
  key: string;
  title: string;
  kind: string; // MeetingKind
  series?: string; // e.g. "R2P_FOCAL_POINTS_ANNUAL_MEETING"
  ordinal?: number;
  start: PartialDateInput;
  end?: PartialDateInput;
  startTime?: string; // "13:15", local time
  endTime?: string;
  city?: string;
  country?: string; // alpha-3
  venue?: string;
  mode?: string; // MeetingMode
  ungaSession?: number;
  network?: string; // network key
  parent?: string; // meeting key
  followUpOf?: string; // meeting key
  /** MeetingStatus, default HELD. A PLANNED meeting is a plan or announcement, dated as announced ("2012-H1"). */
  status?: string;
  /** For a PLANNED meeting: the key of the meeting that took place in its stead. */
  realisedAs?: string; // meeting key
  theme?: string;
  description?: string;
  participants?: ParticipationSeed[];
  observations?: ObservationSeed[];
  sources: SourceRef[];
}

export interface CommitmentSeed {
  kind: string; // CommitmentKind
  text: string;
  actors?: ActorRef[];
  treatyProposal?: string;
  meeting?: string;
  network?: string;
  /** Without it, cited to the document's `textSource` with the passage's words as the quote. */
  sources?: SourceRef[];
}

export interface AlignmentSeed {
  document?: string; // the statement aligned with, when it is in the graph
  actor?: ActorRef; // whose statement
  network?: string; // a group's statement
  description: string; // as the text says it: "the statement of the EU"
  extent?: string; // AlignmentExtent, default FULL
  /** Optional: without it the alignment inherits the document's sources. */
  sources?: SourceRef[];
}

export interface DocumentSeed {
  key: string;
  title: string;
  kind: string; // DocumentKind
  date?: PartialDateInput;
  meeting?: string;
  language?: string; // BCP 47, default "en"
  /** A file under ../shared/seeds or seeds/texts holding the full text. */
  textFile?: string;
  text?: string;
  /** The key in `sources` of the document's own published text; its passages are cited to it. */
  textSource?: string;
  summary?: string;
  unSymbols?: string[];
  urls?: string[];
  authors?: ActorRef[];
  deliveredBy?: { actor: ActorRef; person?: string };
  onBehalfOf?: { network?: string; actor?: ActorRef; memberCount?: number; note?: string };
  signatories?: ActorRef[];
  dissociations?: ActorRef[];
  alignments?: AlignmentSeed[];
  commitments?: CommitmentSeed[];
  observations?: ObservationSeed[];
  sources: SourceRef[];
}

// The treaty proposals' shapes live in their own file; re-exported so importers need one path.
export type { TreatyActionSeed, TreatyProposalSeed, TreatyStageSeed } from "./treaty-seed.types";
