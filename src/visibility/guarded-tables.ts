/**
 * Every table whose rows not every viewer may read (issue 10 §2), and how its rows are judged.
 * src/visibility/guard-statement.ts puts each of them, wherever a read statement names it, behind
 * the viewer's predicate; nothing else in the hub filters by publication state.
 */
export type Guard =
  /** The row carries its own `pub_*` columns (entities/publication.embedded.ts). */
  | { kind: "own"; about?: About }
  /** The row shares its parent's state: visible when the parent row (`fk` → `parent.id`) is. */
  | { kind: "parent"; parent: string; fk: string; about?: About }
  /** The row is about a subject named by GraphQL type and id (search entries, the change log). */
  | { kind: "subject"; typeColumn: string; idColumn: string }
  /** Field-level contact data: members of the network, its stewards and administrators. */
  | { kind: "contact" };

/**
 * A row that states something about a subject named by type and id (a source link, an observation)
 * is hidden with that subject as well: were the subject missing, nothing would be said about it,
 * so a hidden meeting's source links and observations must not surface in the change log either.
 */
export type About = {
  typeColumn: string;
  idColumn: string;
  /**
   * Judge the subject only where the row itself is judged as the subject of a change or a search
   * entry: rows that are only ever read through their subject (source links have no id of their
   * own) need not repeat that check on every read, which keeps those statements small.
   */
  onlyAsSubject?: boolean;
};
const ABOUT: About = { typeColumn: "subject_type", idColumn: "subject_id" };

const OWN: Guard = { kind: "own" };
const child = (parent: string, fk: string, about?: About): Guard => ({ kind: "parent", parent, fk, about });

export const GUARDED_TABLES: Record<string, Guard> = {
  meeting: OWN,
  document: OWN,
  observation: { kind: "own", about: ABOUT },
  network_membership: OWN,
  leadership_term: OWN,
  treaty_action: OWN,
  citation: OWN,
  meeting_participation: child("meeting", "meeting_id"),
  document_actor: child("document", "document_id"),
  document_commitment: child("document", "document_id"),
  document_alignment: child("document", "document_id"),
  document_mention: child("document", "document_id"),
  commitment_actor: child("document_commitment", "commitment_id"),
  leadership_holder: child("leadership_term", "term_id"),
  treaty_declaration: child("treaty_action", "action_id"),
  // A link to a citation still in draft is hidden with it, so a published record never shows a dangling source.
  // …and a link about a hidden record is hidden with that record.
  source_link: child("citation", "citation_id", { ...ABOUT, onlyAsSubject: true }),
  focal_point_contact: { kind: "contact" },
  search_entry: { kind: "subject", typeColumn: "subject_type", idColumn: "subject_id" },
  change: { kind: "subject", typeColumn: "subject_type", idColumn: "subject_id" },
};

/**
 * The table behind each subject type that search entries and changes name, for the guarded ones
 * (type names are entity names; the change log records child rows under their own names).
 */
export const GUARDED_SUBJECTS: Record<string, string> = {
  Meeting: "meeting",
  Document: "document",
  Observation: "observation",
  NetworkMembership: "network_membership",
  LeadershipTerm: "leadership_term",
  TreatyAction: "treaty_action",
  Citation: "citation",
  MeetingParticipation: "meeting_participation",
  DocumentActor: "document_actor",
  DocumentCommitment: "document_commitment",
  DocumentAlignment: "document_alignment",
  DocumentMention: "document_mention",
  CommitmentActor: "commitment_actor",
  LeadershipHolder: "leadership_holder",
  TreatyDeclaration: "treaty_declaration",
  FocalPointContact: "focal_point_contact",
  SourceLink: "source_link",
};
