import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";

// Partners write meetings (issue 10 §3): drafts seen by their author and the scope's stewards only,
// published by a steward, validated before anything is written, versioned, in the change log.
const MEETING = `id key title kind status start { iso } end { iso } city country { name } network { slug }
  publication { status visibility version }
  participants { role level status title actor { name } person { name } sources { quote citation { url } } }
  sources { quote citation { url publisher } }`;
const CREATE = `mutation Create($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, version: $version, input: $input) { ${MEETING} } }`;
const ADD = `mutation Add($meeting: ID!, $version: Int!, $participants: [ParticipantInput!]!) { addMeetingParticipants(meeting: $meeting, version: $version, participants: $participants) { ${MEETING} } }`;
const PUBLISH = `mutation Publish($id: ID!, $version: Int!) { publishRecord(id: $id, version: $version) { id ... on Meeting { publication { status version } } } }`;
const NODE = `query Node($id: ID!) { node(id: $id) { id ... on Meeting { title participants { role actor { name } } } } }`;
const COUNT = `{ meetings { totalCount } }`;
const SEARCH = `query Search($q: String!) { search(query: $q, types: [MEETING]) { nodes { node { id } } } }`;
const TABLES = ["meeting", "meeting_participation", "citation", "source_link", "change", "search_entry"];

const source = (n = 1) => ({ url: `https://example.org/programme-${n}`, publisher: "Ministry of Foreign Affairs", published: "2027-03", quote: "The meeting will take place in Accra." });

describe("meeting writes", () => {
  let hub: TestHub;
  let slug: string;
  let otherSlug: string;
  let contributor: string;
  let steward: string;
  let otherContributor: string;
  let reader: string;
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => send(hub.url, { query, variables }, token ? bearer(token) : {});
  const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM "${t}"`))[0].n)])));
  const input = (key: string, extra: Record<string, unknown> = {}) => ({
    key,
    title: `Accra Focal Points Retreat ${key}`,
    kind: "FOCAL_POINT_ANNUAL_MEETING",
    start: "2027-03-14",
    end: "2027-03-15",
    city: "Accra",
    country: "GH",
    network: slug,
    participants: [
      { actor: "GH", role: "HOST", level: "MINISTERIAL", person: "ban-ki-moon", sources: [{ ...source(2), quote: "Hosted by Ghana." }] },
      { actor: "organisation:gcr2p", role: "SPEAKER" },
    ],
    sources: [source()],
    ...extra,
  });

  beforeAll(async () => {
    hub = await startTestHub();
    const nets = (await hub.gql(`{ networks(first: 2, orderBy: { field: NAME }) { nodes { slug } } }`)).data.networks.nodes;
    [slug, otherSlug] = nets.map((n: { slug: string }) => n.slug);
    contributor = await issueKey(hub, { partner: "state:GH", role: "CONTRIBUTOR", scope: `network:${slug}` });
    steward = await issueKey(hub, { partner: "org:gcr2p", role: "STEWARD", scope: `network:${slug}` });
    otherContributor = await issueKey(hub, { partner: "state:KE", role: "CONTRIBUTOR", scope: `network:${otherSlug}` });
    reader = await issueKey(hub, { partner: "state:FR" });
  });
  afterAll(async () => hub?.close());

  it("a contributor creates a draft that only its author and the scope's stewards can see, until a steward publishes it", async () => {
    const before = (await gql(COUNT)).body.data.meetings.totalCount;
    const created = await gql(CREATE, { input: input("accra-retreat-2027") }, contributor);
    expect(created.body.errors).toBeUndefined();
    const m = created.body.data.createMeeting;
    expect(m).toMatchObject({
      key: "accra-retreat-2027", kind: "FOCAL_POINT_ANNUAL_MEETING", status: "HELD", start: { iso: "2027-03-14" }, end: { iso: "2027-03-15" },
      country: { name: "Ghana" }, network: { slug }, publication: { status: "DRAFT", visibility: "PUBLIC", version: 1 },
      sources: [{ quote: "The meeting will take place in Accra.", citation: { url: "https://example.org/programme-1", publisher: "Ministry of Foreign Affairs" } }],
    });
    expect(m.participants).toEqual([
      { role: "HOST", level: "MINISTERIAL", status: "CONFIRMED", title: null, actor: { name: "Ghana" }, person: { name: expect.stringContaining("Ban") }, sources: [{ quote: "Hosted by Ghana.", citation: { url: "https://example.org/programme-2" } }] },
      { role: "SPEAKER", level: null, status: "CONFIRMED", title: null, actor: { name: expect.stringContaining("Global Centre") }, person: null, sources: [] },
    ]);
    // The key; BEGIN; states, organisations, network, persons (one statement each, whatever the
    // number of participants); the meeting (+ SQLite's changes(), PostgreSQL's change-log lock); two
    // participants, one with a new citation and its link; the meeting's citation and link (one
    // statement per row); the change log; the search entry (delete, insert); COMMIT; then the answer's ten reads.
    expect.soft(created.body.extensions.sql.statements).toBe(28);

    const words = "Accra Focal Points Retreat accra-retreat-2027";
    for (const token of [undefined, otherContributor, reader]) {
      expect((await gql(NODE, { id: m.id }, token)).body.data.node, String(token)).toBeNull();
      expect((await gql(COUNT, {}, token)).body.data.meetings.totalCount).toBe(before);
      expect((await gql(SEARCH, { q: words }, token)).body.data.search.nodes).toEqual([]);
    }
    for (const token of [contributor, steward]) {
      expect((await gql(NODE, { id: m.id }, token)).body.data.node).toMatchObject({ title: "Accra Focal Points Retreat accra-retreat-2027" });
      expect((await gql(SEARCH, { q: words }, token)).body.data.search.nodes).toEqual([{ node: { id: m.id } }]);
    }
    expect((await gql(COUNT, {}, contributor)).body.data.meetings.totalCount).toBe(before + 1);

    // The contributor may not publish; the steward does, and everyone sees it with its participants.
    expect((await gql(PUBLISH, { id: m.id, version: 1 }, contributor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    const published = await gql(PUBLISH, { id: m.id, version: 1 }, steward);
    expect(published.body.data.publishRecord.publication).toEqual({ status: "PUBLISHED", version: 2 });
    const seen = (await gql(NODE, { id: m.id })).body.data.node;
    expect(seen.participants).toEqual([{ role: "HOST", actor: { name: "Ghana" } }, { role: "SPEAKER", actor: { name: expect.stringContaining("Global Centre") } }]);
    expect((await gql(COUNT)).body.data.meetings.totalCount).toBe(before + 1);
    expect((await gql(SEARCH, { q: "Accra Retreat" })).body.data.search.nodes).toContainEqual({ node: { id: m.id } });
    // The participant's own citation was published with the meeting.
    expect((await gql(`query($id: ID!) { node(id: $id) { ... on Meeting { participants { sources { citation { url } } } } } }`, { id: m.id })).body.data.node.participants[0].sources).toEqual([{ citation: { url: "https://example.org/programme-2" } }]);

    // A contributor cannot change a published meeting; a steward can, and search sees the new words at once.
    const refused = await gql(UPDATE, { id: m.id, version: 2, input: { title: "Changed" } }, contributor);
    expect(refused.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const updated = await gql(UPDATE, { id: m.id, version: 2, input: { title: "Kumasi Prevention Dialogue", participants: [{ actor: "KE", role: "PARTICIPANT", level: "MISSION" }] } }, steward);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateMeeting).toMatchObject({ title: "Kumasi Prevention Dialogue", publication: { version: 3 }, participants: [{ role: "PARTICIPANT", actor: { name: "Kenya" } }] });
    // The key; BEGIN; the meeting; states; the UPDATE; the old participants and their links; two
    // DELETEs; one participant; the change log; the search entry (two); COMMIT; the answer's reads.
    expect.soft(updated.body.extensions.sql.statements).toBe(hub.ds.options.type === "postgres" ? 23 : 22);
    expect((await gql(SEARCH, { q: "Kumasi Prevention" })).body.data.search.nodes).toEqual([{ node: { id: m.id } }]);
    expect((await gql(SEARCH, { q: "Accra Retreat accra-retreat-2027" })).body.data.search.nodes).toEqual([]);

    // A stale version: CONFLICT with the current one, nothing written.
    const stale = await gql(UPDATE, { id: m.id, version: 2, input: { title: "Late" } }, steward);
    expect(stale.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", argumentName: "version", currentVersion: 3 });

    // History: created by the contributor, changed by the steward; the replaced participants are in the feed as DELETED.
    const history = await gql(`query($id: ID!) { node(id: $id) { history { nodes { action changedFields actor { kind partner { name } } } } } }`, { id: m.id });
    const changes = history.body.data.node.history.nodes;
    expect(changes.map((c: any) => [c.action, c.actor.kind, c.actor.partner.name])).toEqual([
      ["UPDATED", "PARTNER", expect.stringContaining("Global Centre")],
      ["UPDATED", "PARTNER", expect.stringContaining("Global Centre")],
      ["CREATED", "PARTNER", "Ghana"],
    ]);
    expect(changes[0].changedFields).toContain("title");
    // The log keeps the key each change was made with (never shown in the API): the contributor's, then the steward's.
    const keys = await hub.ds.query(`SELECT c.action, k.prefix FROM "change" c JOIN api_key k ON k.id = c.api_key_id WHERE c.subject_type = 'Meeting' AND c.subject_id = ${Number(Buffer.from(m.id, "base64url").toString().split(":")[1])} ORDER BY c.id`);
    expect(keys.map((k: any) => [k.action, k.prefix])).toEqual([["CREATED", contributor.slice(4, 12)], ["UPDATED", steward.slice(4, 12)], ["UPDATED", steward.slice(4, 12)]]);
    const removed = await hub.ds.query(`SELECT COUNT(*) AS n FROM "change" WHERE subject_type = 'MeetingParticipation' AND action = 'DELETED' AND actor_kind = 'PARTNER'`);
    expect(Number(removed[0].n)).toBe(2);
  });

  it("adds participants at the version read, refusing an actor already there in the same role", async () => {
    const m = (await gql(CREATE, { input: input("accra-side-event-2027", { participants: [{ actor: "GH", role: "HOST" }] }) }, contributor)).body.data.createMeeting;
    const added = await gql(ADD, { meeting: m.id, version: 1, participants: [{ actor: "GH", role: "SPEAKER" }, { actor: "state:NG", role: "PARTICIPANT", sources: [source(3)] }] }, contributor);
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data.addMeetingParticipants.participants.map((p: any) => [p.role, p.actor.name])).toEqual([["HOST", "Ghana"], ["SPEAKER", "Ghana"], ["PARTICIPANT", "Nigeria"]]);
    expect(added.body.data.addMeetingParticipants.publication.version).toBe(2);
    expect.soft(added.body.extensions.sql.statements).toBe(hub.ds.options.type === "postgres" ? 24 : 23);
    const before = await counts();
    const dup = await gql(ADD, { meeting: m.id, version: 2, participants: [{ actor: "NG", role: "OBSERVER" }, { actor: "state:GH", role: "HOST" }] }, contributor);
    expect(dup.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "participants[1].actor" });
    // A key changed to one that is taken: the unique index refuses it, the answer names the field.
    const clash = await gql(UPDATE, { id: m.id, version: 2, input: { key: "accra-retreat-2027" } }, contributor);
    expect(clash.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.key" });
    expect(clash.body.errors[0].message).not.toMatch(/UNIQUE|duplicate|constraint/i);
    expect(await counts()).toEqual(before);
  });

  it("refuses bad input with BAD_USER_INPUT naming the field, and writes nothing", async () => {
    await gql(CREATE, { input: input("taken-key-2027") }, contributor);
    const cases: [Record<string, unknown>, string][] = [
      [{ start: "2027-13-01" }, "input.start"],
      [{ start: "2027-03-14", end: "2027-02" }, "input.end"],
      [{ startTime: "25:00" }, "input.startTime"],
      [{ key: "Not A Key" }, "input.key"],
      [{ title: " " }, "input.title"],
      [{ network: "no-such-network" }, "input.network"],
      [{ country: "ZZ" }, "input.country"],
      [{ parent: "no-such-meeting" }, "input.parent"],
      [{ participants: [{ actor: "GH", role: "HOST" }, { actor: "GH", role: "SPEAKER" }, { actor: "state:XX", role: "HOST" }] }, "input.participants[2].actor"],
      [{ participants: [{ actor: "GH", role: "HOST" }, { actor: "state:GH", role: "HOST" }] }, "input.participants[1].actor"],
      [{ participants: [{ actor: "GH", role: "HOST", person: "nobody-at-all" }] }, "input.participants[0].person"],
      [{ participants: [{ actor: "GH", role: "HOST", sources: [{ url: "ftp://x", publisher: "P" }] }] }, "input.participants[0].sources[0].url"],
      [{ sources: [] }, "input.sources"],
      [{ sources: [{ url: "https://example.org/x" }] }, "input.sources[0].publisher"],
      [{ sources: [{ citation: "Q2l0YXRpb246OTk5OTk5" }] }, "input.sources[0].citation"],
      [{ key: "taken-key-2027" }, "input.key"],
    ];
    const before = await counts();
    for (const [extra, argumentName] of cases) {
      const r = await gql(CREATE, { input: input("fresh-key-2027", extra) }, contributor);
      expect(r.body.errors?.[0]?.extensions, JSON.stringify(extra)).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
      expect(r.body.errors[0].message).not.toMatch(/SELECT|INSERT|constraint|at .*\.ts/i);
    }
    // An enum value outside the schema is refused by GraphQL itself, before any resolver.
    const badEnum = await gql(CREATE, { input: input("fresh-key-2027", { participants: [{ actor: "GH", role: "BOSS" }] }) }, contributor);
    expect(badEnum.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(await counts()).toEqual(before);
  });

  it("refuses a contributor of another network (FORBIDDEN), readers, and anonymous callers", async () => {
    const before = await counts();
    expect((await gql(CREATE, { input: input("kenya-writes-here") }, otherContributor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await gql(CREATE, { input: input("reader-writes-here") }, reader)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await gql(CREATE, { input: input("nobody-writes-here") })).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    // Without a network the host country is the scope: Ghana's contributor grant is over the network only.
    expect((await gql(CREATE, { input: input("ghana-only", { network: null }) }, contributor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    // A draft of another partner is unknown to it: BAD_USER_INPUT naming the id, as for a missing one.
    const draft = (await gql(CREATE, { input: input("ghana-draft-2027") }, contributor)).body.data.createMeeting;
    const after = await counts();
    expect((await gql(UPDATE, { id: draft.id, version: 1, input: { title: "Mine now" } }, otherContributor)).body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
    expect(await counts()).toEqual(after);
    expect(after.meeting).toBe(before.meeting + 1);
  });

  it("imports participants from CSV into a meeting the partner may edit", async () => {
    const m = (await gql(CREATE, { input: input("csv-import-2027", { participants: [] }) }, contributor)).body.data.createMeeting;
    const csv = [
      "meeting,actor,role,level,person,sourceUrl,sourcePublisher,sourcePublished,sourceQuote",
      "csv-import-2027,KE,SPEAKER,MINISTERIAL,,https://example.org/list,Ministry,2027-03,Kenya spoke.",
      "csv-import-2027,organisation:gcr2p,ORGANISER,,,,,,",
    ].join("\n");
    const IMPORT = `mutation($data: String!, $dryRun: Boolean) { importRecords(kind: "meetingParticipant", format: CSV, data: $data, dryRun: $dryRun) { applied createdCount createdIds problems { position path message } } }`;
    const bad = await gql(IMPORT, { data: csv.replace("SPEAKER", "BOSS").replace(",KE,", ",XX,") }, contributor);
    expect(bad.body.data.importRecords.problems.map((p: any) => p.path)).toEqual(["records[0].role"]);
    const ok = await gql(IMPORT, { data: csv }, contributor);
    expect(ok.body.data.importRecords).toMatchObject({ applied: true, createdCount: 2, createdIds: [m.id, m.id], problems: [] });
    const node = (await gql(NODE, { id: m.id }, contributor)).body.data.node;
    expect(node.participants).toEqual([{ role: "SPEAKER", actor: { name: "Kenya" } }, { role: "ORGANISER", actor: { name: expect.stringContaining("Global Centre") } }]);
    const meetings = await gql(`mutation($data: String!) { importRecords(kind: "meeting", format: JSON, data: $data) { applied createdIds problems { path } } }`, {
      data: JSON.stringify([input("imported-meeting-1"), input("imported-meeting-2", { end: "2027-01" })]),
    }, contributor);
    expect(meetings.body.data.importRecords).toMatchObject({ applied: false, createdIds: [], problems: [{ path: "records[1].end" }] });
    const again = await gql(IMPORT, { data: csv }, contributor);
    expect(again.body.data.importRecords.problems.map((p: any) => p.path)).toEqual(["records[0].actor", "records[1].actor"]);
    expect((await gql(IMPORT, { data: csv }, otherContributor)).body.data.importRecords.problems.map((p: any) => p.path)).toEqual(["records[0].meeting", "records[1].meeting"]);
  });
});
