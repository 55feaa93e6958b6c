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
  sources?: SourceRef[];
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
  founders?: { actor: ActorRef; note?: string }[];
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
  sources?: SourceRef[];
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
}

export interface AlignmentSeed {
  document?: string; // the statement aligned with, when it is in the graph
  actor?: ActorRef; // whose statement
  network?: string; // a group's statement
  description: string; // as the text says it: "the statement of the EU"
  extent?: string; // AlignmentExtent, default FULL
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

export interface TreatyStageSeed {
  stage: string; // TreatyStage
  start?: PartialDateInput;
  end?: PartialDateInput;
  meeting?: string;
  note?: string;
  sources: SourceRef[];
}

export interface TreatyActionSeed {
  actor: ActorRef;
  type: string; // TreatyActionType
  date: PartialDateInput;
  entryIntoForce?: string; // YYYY-MM-DD, for the party
  meeting?: string;
  declarations?: { kind: string; article?: string; text?: string }[];
  note?: string;
  sources: SourceRef[];
}

export interface TreatyProposalSeed {
  key: string; // slug
  name: string; // the preferred name
  shortName?: string;
  aliases?: string[];
  description: string;
  network?: string; // the initiative or core group behind it
  depositary?: ActorRef;
  depositaryUrl?: string;
  adoptionMode?: string; // "consensus"
  entryIntoForceRule?: string; // null while unverified
  signatureOpenFrom?: PartialDateInput;
  signatureOpenUntil?: PartialDateInput;
  signaturePlace?: string;
  proponents?: { actor: ActorRef; start?: PartialDateInput; note?: string }[];
  stages: TreatyStageSeed[];
  crimes: { crime: string; scope: string; annex?: string; article?: string; note?: string }[];
  actions: TreatyActionSeed[];
  observations?: ObservationSeed[];
  sources: SourceRef[];
}
