import { toGlobalId } from "../../src/global-id";
import { encodeCursor } from "../../src/pagination/cursor";
import { FEED_ORDER } from "../../src/history/changes-feed";
import { ACTION_STATE, CONTACT_EMAIL, FIXTURE_CHANGE_BASE, NETWORK, RECORDS, recordOf, type RecordKey } from "./permission-fixtures";

// The rows of the permission matrix: every read path that can reach a hidden record. Each path is
// one aliased root field; a role's answer to it is judged by whether it names the record (its
// global id, or for contacts its e-mail address) — "sees" — and, where the role may not see the
// record, by comparison with the same role's answer on a hub where the record never existed.

export interface MatrixPath {
  /** Row label, e.g. `meeting · nodes([ids])`, as failures name it. */
  name: string;
  record: RecordKey;
  /** The root field with its selection, without alias. */
  field: string;
  /** Text the answer contains exactly when the record reaches the viewer; null: the path never names it (readers only need an answer). */
  token: string | null;
}

/** What the paths need from the hubs: cursors an ADMIN was given, the first seed change of each record. */
export interface PathContext {
  cursors: Partial<Record<RecordKey, string>>;
  firstChanges: Record<RecordKey, { type: string; changeId: number; subjectId: number }[]>;
  /** Fields of `NetworkMembership.contact`, when the API has it. */
  contactFields: string[] | null;
}

/** The seed's observation about the unscoped meeting (20). */
const UNSCOPED_OBSERVATION = 35;

export const idOf = (key: RecordKey) => toGlobalId(recordOf(key).type, recordOf(key).id);
const feedCursor = (pk: number) => encodeCursor({ order: FEED_ORDER, value: pk, pk });
const CHANGE = `totalCount nodes { id action subjectType subjectId subject { id } previous next } pageInfo { endCursor hasNextPage }`;

const EDGES = `totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

/** The lists a record appears in, as fields taking page arguments; an ADMIN's cursor of the record there is taken at setup. */
export const CURSOR_LISTS: Partial<Record<RecordKey, (args: string) => string>> = {
  meeting: (a) => `meetings(filter: { network: "${NETWORK.slug}" }, ${a}) { ${EDGES} }`,
  document: (a) => `documents(${a}) { ${EDGES} }`,
  treatyAction: (a) => `state(code: "${ACTION_STATE.code}") { treatyActionsConnection(${a}) { ${EDGES} } }`,
  membership: (a) => `network(slug: "${NETWORK.slug}") { membershipsConnection(${a}) { ${EDGES} } }`,
};

/** The paths of each record (the record's own global id is the token unless said otherwise). */
function recordPaths(key: RecordKey, ctx: PathContext): [string, string, (string | null)?][] {
  const id = idOf(key);
  const type = recordOf(key).type;
  const generic: [string, string, (string | null)?][] = [
    ["node(id) + history", `node(id: "${id}") { id __typename history(first: 50) { totalCount nodes { action subjectType } } }`],
    ["nodes([ids])", `nodes(ids: ["${id}", "${toGlobalId("State", 1)}"]) { id __typename }`],
    ["_entities", `_entities(representations: [{ __typename: "${type}", id: "${id}" }]) { __typename ... on ${type} { id } }`],
    ["changes (recent)", `changes(since: "${feedCursor(FIXTURE_CHANGE_BASE)}", first: 20) { ${CHANGE} }`],
    ...ctx.firstChanges[key].map(
      (c): [string, string, string] => [`changes(types: [${c.type}])`, `changes(types: ["${c.type}"], since: "${feedCursor(c.changeId - 1)}", first: 5) { ${CHANGE} }`, toGlobalId(c.type, c.subjectId)],
    ),
  ];
  const cursor = ctx.cursors[key];
  const list = CURSOR_LISTS[key];
  if (cursor && list) {
    // A cursor handed to a viewer who saw the row, replayed by one who may not: like a deleted row's.
    // (Pages next to the record do not name it: for its readers they need only be answered.)
    generic.push(["cursor (after)", list(`first: 3, after: "${cursor}"`), null], ["cursor (before)", list(`last: 3, before: "${cursor}"`), null], ["cursor (listed)", list("first: 100"), cursor]);
  }
  switch (key) {
    case "meeting":
      return [
        ["meetings (root, totalCount)", `meetings(filter: { network: "${NETWORK.slug}" }, first: 100) { totalCount nodes { id title } }`],
        ["meetings(filter: title)", `meetings(filter: { title: "Sixth" }) { totalCount nodes { id } }`],
        ["meetings(filter: participant)", `meetings(filter: { participant: "KR" }, first: 100) { totalCount nodes { id } }`],
        ["state → meetings", `state(code: "KR") { meetings { role meeting { id } } meetingsConnection(first: 100) { totalCount nodes { meeting { id } } } }`],
        ["state → attendedMeetings", `state(code: "TL") { attendedMeetings(first: 100) { totalCount edges { roles node { id } } } }`],
        ["meeting(id) → participants", `meeting(id: "${id}") { id title participants { role actor { id } } }`],
        ["search (hits, snippets, totalCount)", `search(query: "Sixth", first: 20) { totalCount nodes { type matchedField snippet node { id } } }`],
        ["_entities by key", `_entities(representations: [{ __typename: "Meeting", key: "r2p-fp-2016-seoul" }]) { ... on Meeting { id title } }`],
        // An observation about the meeting (a record of its own, published) goes with its subject.
        ["node(observation about it)", `node(id: "${toGlobalId("Observation", 33)}") { id ... on Observation { value text } }`, toGlobalId("Observation", 33)],
        ...generic,
      ];
    case "document":
      return [
        ["documents (root, totalCount)", `documents(first: 100) { totalCount nodes { id } }`],
        ["documents(filter: author)", `documents(filter: { author: "BE" }) { totalCount nodes { id } }`],
        ["state → documents", `state(code: "BE") { documents { id } documentsConnection(first: 100) { totalCount nodes { id } } }`],
        ["meeting → documents", `meeting(id: "${toGlobalId("Meeting", 25)}") { documents { id } }`],
        ["document(id)", `document(id: "${id}") { id title sources { citation { id } } }`],
        ["search (hits, snippets, totalCount)", `search(query: "pillar", first: 20) { totalCount nodes { type matchedField snippet node { id } } }`],
        ["_entities by key", `_entities(representations: [{ __typename: "Document", key: "r2p-belgium-statement-iid-2014" }]) { ... on Document { id title } }`],
        ["mechanisms(filter: namedBy) → mentionedIn", `mechanisms(filter: { namedBy: "BE" }) { totalCount nodes { id key mentionedIn { id } mentions { quote } } }`],
        // A passage of the document, asked for by a router as an entity of its own.
        ["_entities(its commitment)", `_entities(representations: [{ __typename: "DocumentCommitment", id: "${toGlobalId("DocumentCommitment", 17)}" }]) { ... on DocumentCommitment { id } }`, toGlobalId("DocumentCommitment", 17)],
        ...generic,
      ];
    case "treatyAction":
      return [
        [
          "treatyProposal → actions, signatories, counts",
          `treatyProposal(id: "${toGlobalId("TreatyProposal", 1)}") { actions { id } actionsConnection(first: 100) { totalCount } signatories { actor { id } } signatoriesConnection(first: 100) { totalCount } signatoryCount partyCount }`,
          id,
        ],
        ["state → treatyActions", `state(code: "${ACTION_STATE.code}") { treatyActions { id } treatyActionsConnection(first: 100) { totalCount nodes { id } } }`],
        ...generic,
      ];
    case "observation":
      return [["network → observations", `network(slug: "${NETWORK.slug}") { observations { id conflicts { id } } observationSeries(metric: STATES) { id value } }`], ...generic];
    case "membership":
      return [
        ["network → memberships, members", `network(slug: "${NETWORK.slug}") { memberships { id } membershipsConnection(first: 100) { totalCount nodes { id } } members { id } }`],
        ["state → networkMemberships", `state(code: "SI") { networkMemberships { id } networkMembershipsConnection(first: 100) { totalCount nodes { id } } }`],
        ["networks(filter: member)", `networks(filter: { member: "SI" }) { totalCount nodes { id slug memberships { id } } }`],
        ...generic,
      ];
    case "citation":
      return [
        ["network → sources", `network(slug: "${NETWORK.slug}") { sources { quote citation { id } } }`],
        ["meeting → sources", `meeting(id: "${toGlobalId("Meeting", 8)}") { sources { citation { id } } }`],
        ["membership → sources", `node(id: "${toGlobalId("NetworkMembership", 3)}") { ... on NetworkMembership { sources { citation { id } } } }`],
        ["citation(id)", `citation(id: "${id}") { id publisher }`],
        ...generic,
      ];
    case "unscoped":
      return [
        ["meetings (root, totalCount)", `meetings(filter: { network: "${NETWORK.slug}" }, first: 100) { totalCount nodes { id } }`],
        ["state → meetings", `state(code: "FI") { meetings { meeting { id } } meetingsConnection(first: 100) { totalCount } }`],
        ["search (hits, snippets, totalCount)", `search(query: "Eighth", first: 20) { totalCount nodes { snippet node { id } } }`],
        ["node(observation about it)", `node(id: "${toGlobalId("Observation", UNSCOPED_OBSERVATION)}") { id }`, toGlobalId("Observation", UNSCOPED_OBSERVATION)],
        ...generic,
      ];
    case "contact": {
      const contactId = toGlobalId("FocalPointContact", recordOf("contact").id);
      const feeds: [string, string, string][] = [
        ["changes (recent)", `changes(since: "${feedCursor(FIXTURE_CHANGE_BASE)}", first: 20) { ${CHANGE} }`, contactId],
        ["changes(types: [FocalPointContact])", `changes(types: ["FocalPointContact"], first: 5) { ${CHANGE} }`, contactId],
      ];
      if (!ctx.contactFields) return feeds;
      const fields = ctx.contactFields.join(" ");
      return [
        ["network → memberships → contact", `network(slug: "${NETWORK.slug}") { memberships { id contact { ${fields} } } }`, CONTACT_EMAIL],
        ["node(membership) → contact", `node(id: "${toGlobalId("NetworkMembership", 10)}") { ... on NetworkMembership { contact { ${fields} } } }`, CONTACT_EMAIL],
        ["state → networkMemberships → contact", `state(code: "LT") { networkMemberships { id contact { ${fields} } } }`, CONTACT_EMAIL],
        ...feeds,
      ];
    }
  }
  return [];
}

/** Every (record, path) row of the matrix. */
export function matrixPaths(ctx: PathContext): MatrixPath[] {
  return RECORDS.flatMap((r) => recordPaths(r.key, ctx).map(([name, field, token]) => ({ name: `${r.key} · ${name}`, record: r.key, field, token: token === undefined ? idOf(r.key) : token })));
}

/** The request of one record's paths, each under an alias of its own. */
export function requestOf(paths: MatrixPath[]): { query: string; aliases: string[] } {
  const aliases = paths.map((_, i) => `p${i}`);
  return { query: `{ ${paths.map((p, i) => `${aliases[i]}: ${p.field}`).join("\n")} }`, aliases };
}
