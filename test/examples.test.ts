import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientSchema, getIntrospectionQuery, Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * The example operations partners paste into Apollo Sandbox must keep working: each one is
 * validated against the schema the hub serves and run over HTTP against the seed data. The pinned
 * statement counts make a loader regression (a list loaded per row) fail here too.
 */
const FILE = path.resolve(__dirname, "../examples/operations.graphql");
const source = fs.readFileSync(FILE, "utf8");
const document = parse(source);
const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** SQL statements each operation runs on the seed data (as pasted, with its default variables). */
const STATEMENTS: Record<string, number> = {
  StateProfile: 11,
  NetworkMembersOn: 4,
  WpsCoChairsInYear: 4,
  GroupOfFriendsCoChairs: 6,
  FirstR2pFocalPointsMeeting: 9,
  BelgiumStatement2014: 11,
  LjubljanaTheHagueConvention: 6,
  ConflictingObservations: 3,
  R2pFocalPointsThatSignedLhc: 3,
  // One page and one count: the attendance and the signature are EXISTS conditions of the same statement.
  FirstFocalPointsAttendeesThatSignedLhc: 2,
  // Keys resolve inside each list's own statement (as ids would): three pages, one count, and three
  // batched loads for the meetings' hosts.
  WithNaturalKeys: 7,
  // One ranked statement, then one batched load per distinct type on the page (the ranking, and so
  // the mix of types in the top 10, differs between FTS5 and PostgreSQL; see the Search fact below).
  Search: 3,
  NodeById: 1,
  StatesPage: 2,
  RegionalGroupMembers: 3,
  OrganisationsOfState: 2,
  GroupOfFriendsStatements: 3,
  // One statement per list: each page also loads the member, meeting and actor rows it points at.
  PartnerNested: 4,
  // The state, its names (every language in one statement), their citations.
  StateNamesInSixLanguages: 3,
  // The state, the page of meetings, the edges' roles, the count.
  StateMeetingsWithRoles: 4,
  // The meeting page, its observations (conflicts reuse them), their citations.
  MinisterialRoundtable2011Disagreement: 3,
  NetworkMemberCountSeries: 3,
  // The page, then one batched load each for the held meeting, the passages, their actors, the
  // states, the documents, the sources and their citations.
  PlannedFocalPointsMeeting2012: 8,
  TheFourCrimes: 7,
  // The mechanisms (the author, purpose and document conditions in the same statement), their
  // organisations, the mentions, their documents.
  BelgiumEarlyWarningTools: 4,
  // The page of changes, then the meetings by key.
  MeetingChangesFirstPoll: 2,
};

/** One seed fact per operation, so an example that silently answers something else fails. */
const names = (actors: { name: string }[]) => actors.map((a) => a.name);
const FACTS: Record<string, (data: any) => void> = {
  StateProfile: (d) => expect(d.state.regionalGroups.map((g: any) => g.group.key)).toEqual(["AFRICAN"]),
  NetworkMembersOn: (d) => expect(names(d.networks.nodes.find((n: any) => n.slug === "r2p-focal-points").members)).toContain("Ghana"),
  WpsCoChairsInYear: (d) => expect(d.network.leadership.map((t: any) => t.label)).toEqual(["2020/2021"]),
  GroupOfFriendsCoChairs: (d) => expect(d.network.leadership.length).toBe(2),
  FirstR2pFocalPointsMeeting: (d) => expect(d.meetings.nodes[0].key).toBe("r2p-fp-2011-new-york"),
  BelgiumStatement2014: (d) => {
    const doc = d.documents.nodes.find((n: any) => n.authors.some((a: any) => a.alpha3 === "BEL"));
    expect(doc.alignments.map((a: any) => a.extent)).toEqual(["FULL", "FULL"]);
    expect(doc.commitments.map((c: any) => c.treatyProposal?.slug)).toContain("ljubljana-the-hague-convention");
  },
  LjubljanaTheHagueConvention: (d) => expect(d.treatyProposal.signatories.length).toBe(d.treatyProposal.signatoryCount),
  ConflictingObservations: (d) => expect(d.meetings.nodes.some((m: any) => m.observations.some((o: any) => o.conflicts.length > 0))).toBe(true),
  R2pFocalPointsThatSignedLhc: (d) => expect(d.states.nodes.map((s: any) => s.alpha3)).toContain("BEL"),
  FirstFocalPointsAttendeesThatSignedLhc: (d) => {
    expect(d.states.nodes.map((s: any) => s.alpha3)).toEqual(["ARG", "BEL", "CRI", "CZE", "DNK", "FIN", "GHA", "NLD", "RWA", "SEN", "SWE", "CHE", "URY"]);
    expect(d.states.totalCount).toBe(13);
  },
  WithNaturalKeys: (d) => {
    expect(d.hosted.nodes.map((m: any) => m.start.iso)).toEqual(["2010-09", "2011-05-17", "2012-09-29", "2013-06-11"]);
    expect(d.signed.nodes).toHaveLength(2); // the African Union's, not Australia's (none)
    expect(d.eu.nodes.map((n: any) => n.slug)).toContain("r2p-focal-points");
  },
  Search: (d) => {
    expect(d.search.edges[0].node.snippet).toContain("<mark>");
    STATEMENTS.Search = 1 + new Set(d.search.edges.map((e: any) => e.node.type)).size;
  },
  NodeById: (d) => expect(d.node.slug).toBe("r2p-focal-points"),
  StatesPage: (d) => expect(d.states.edges.length).toBe(25),
  RegionalGroupMembers: (d) => expect(d.regionalGroup.acronym).toBe("WEOG"),
  OrganisationsOfState: (d) => expect(d.organisations.nodes.map((o: any) => o.key)).toEqual(["au", "ecowas"]),
  GroupOfFriendsStatements: (d) => expect(d.documents.totalCount).toBeGreaterThan(0),
  StateNamesInSixLanguages: (d) => {
    expect([d.state.ar, d.state.zh, d.state.en, d.state.fr, d.state.ru, d.state.es]).toEqual(["ألمانيا", "德国", "Germany", "Allemagne", "Германия", "Alemania"]);
    expect(d.state.names).toHaveLength(12);
  },
  StateMeetingsWithRoles: (d) => {
    const first = d.state.attendedMeetings.edges.find((e: any) => e.node.key === "r2p-fp-2011-new-york");
    expect(first.roles).toEqual(["CO_HOST", "PARTICIPANT"]);
    expect(d.state.attendedMeetings.totalCount).toBe(d.state.attendedMeetings.edges.length);
  },
  MinisterialRoundtable2011Disagreement: (d) => {
    const m = d.meetings.nodes[0];
    expect(m.key).toBe("r2p-ministerial-2011");
    const ministers = m.observations.find((o: any) => o.metric === "MINISTERS");
    expect(ministers.text).toContain("14 Ministers");
    expect(ministers.conflicts.map((c: any) => `${c.metric} ${c.value} ${c.source.url}`)).toEqual(["MINISTERIAL_LEVEL_PARTICIPANTS 10 http://www.globalr2p.org/resources/390"]);
  },
  NetworkMemberCountSeries: (d) => {
    expect(d.network.observationSeries.map((o: any) => o.value)).toEqual([45, 49, 50, 50]);
    expect(d.network.observationSeries.every((o: any) => o.conflicts.length === 0)).toBe(true);
  },
  PlannedFocalPointsMeeting2012: (d) => {
    const [plan] = d.meetings.nodes;
    expect(plan).toMatchObject({ key: "r2p-fp-2012-planned", status: "PLANNED", start: { precision: "HALF_YEAR", iso: "2012-H1", text: "first half of 2012" } });
    expect(plan.realisedAs).toMatchObject({ key: "r2p-fp-2012-new-york", status: "HELD", start: { iso: "2012-09-29" } });
  },
  TheFourCrimes: (d) => {
    expect(d.crimes.map((c: any) => c.name)).toEqual(["Genocide", "War crimes", "Ethnic cleansing", "Crimes against humanity"]);
    expect(d.crimes.find((c: any) => c.crime === "ETHNIC_CLEANSING").coverage).toEqual([]);
  },
  BelgiumEarlyWarningTools: (d) => {
    expect(d.mechanisms.nodes.map((m: any) => m.name)).toEqual([
      "Country-Specific Configurations of the Peacebuilding Commission",
      "Rights Up Front",
      "Special Procedures of the Human Rights Council",
      "Universal Periodic Review",
    ]);
    expect(d.mechanisms.nodes.every((m: any) => m.mentions.length > 0 && m.mentions.every((x: any) => x.document.key === "r2p-belgium-statement-iid-2014"))).toBe(true);
  },
  PartnerNested: (d) => {
    const hosted = d.networks.nodes.flatMap((n: any) => n.membershipsConnection.nodes.flatMap((m: any) => m.member.meetingsConnection?.nodes ?? []));
    expect(hosted.length).toBeGreaterThan(0);
    expect(hosted.every((p: any) => p.role === "HOST" || p.role === "CO_HOST")).toBe(true);
  },
  MeetingChangesFirstPoll: (d) => {
    expect(d.changes.nodes).toHaveLength(5);
    expect(d.changes.nodes.every((c: any) => c.action === "CREATED" && c.actor.kind === "SEED" && c.changedFields.includes("title") && c.subject.key)).toBe(true);
    expect(d.changes.pageInfo).toMatchObject({ hasNextPage: true, endCursor: expect.any(String) });
  },
};

let hub: TestHub;
let schema: GraphQLSchema;

/** Runs one named operation of the file, exactly as Sandbox sends it (whole document + operationName). */
async function run(operationName: string) {
  const res = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: source, operationName }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[]; extensions?: { sql?: { statements: number } } };
  return { status: res.status, ...body, statements: body.extensions?.sql?.statements ?? -1 };
}

/** True when a value holds at least one non-null leaf (an empty list or all-null object does not count). */
function holdsSomething(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(holdsSomething);
  if (typeof value === "object") return Object.values(value).some(holdsSomething);
  return true;
}

beforeAll(async () => {
  hub = await startTestHub();
  const r = await hub.gql(getIntrospectionQuery());
  schema = buildClientSchema(r.data);
});
afterAll(async () => { await hub?.close(); });

describe("examples/operations.graphql", () => {
  it("holds 12 to 30 named operations, each listed in the statement table and each with a comment", () => {
    const names = operations.map((o) => o.name?.value);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(names.length).toBeLessThanOrEqual(30);
    expect([...names].sort()).toEqual(Object.keys(STATEMENTS).sort());
    expect([...names].sort()).toEqual(Object.keys(FACTS).sort());
    for (const op of operations) {
      const before = source.slice(0, op.loc!.start).trimEnd().split("\n").pop()!;
      expect(before.startsWith("#"), `${op.name!.value} has a comment`).toBe(true);
    }
  });

  it("validates against the schema the hub serves", () => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it("gives every variable a default, so each operation runs as pasted", () => {
    for (const op of operations) {
      for (const v of op.variableDefinitions ?? []) {
        if (v.type.kind === Kind.NON_NULL_TYPE) expect(v.defaultValue, `${op.name!.value} $${v.variable.name.value}`).toBeDefined();
      }
    }
  });

  for (const op of operations) {
    const name = op.name!.value;
    it(`runs ${name} without errors, returns data, in ${STATEMENTS[name]} statements`, async () => {
      const r = await run(name);
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(holdsSomething(r.data)).toBe(true);
      for (const [field, value] of Object.entries(r.data ?? {})) expect(holdsSomething(value), `${name}.${field}`).toBe(true);
      FACTS[name](r.data);
      expect(r.statements).toBe(STATEMENTS[name]);
    });
  }
});
