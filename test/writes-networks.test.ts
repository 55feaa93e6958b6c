import fs from "node:fs";
import path from "node:path";
import { buildClientSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";

// Partner writes for network memberships and leadership terms (issue 10 §3): drafts, publishing,
// the temporal rules, permissions and versions, over real HTTP on the test file's database.
const NET = "r2p-focal-points";
const SOURCE = [{ url: "https://www.globalr2p.org/focal-points/", publisher: "Global Centre for R2P", published: "2024-03" }];

const MEMBERSHIP = `id status start { iso } end { iso } focalPointOffice member { ... on State { alpha2 } } publication { status version } sources { citation { url } }`;
const CREATE = `mutation($input: CreateNetworkMembershipInput!) { createNetworkMembership(input: $input) { ${MEMBERSHIP} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateNetworkMembershipInput!) { updateNetworkMembership(id: $id, version: $version, input: $input) { ${MEMBERSHIP} } }`;
const PUBLISH = `mutation($id: ID!, $version: Int!) { publishRecord(id: $id, version: $version) { id ... on NetworkMembership { publication { status version } } ... on LeadershipTerm { publication { status version } } } }`;
const LIST = `query($slug: String!) { network(slug: $slug) { membershipsConnection(first: 50) { totalCount nodes { id status member { ... on State { alpha2 } ... on Organisation { key } } } } } }`;
const TERM = `id role label start { iso } end { iso } publication { status version } holders { position actor { ... on State { alpha2 } ... on Organisation { key } } }`;
const CREATE_TERM = `mutation($input: CreateLeadershipTermInput!) { createLeadershipTerm(input: $input) { ${TERM} } }`;
const UPDATE_TERM = `mutation($id: ID!, $version: Int!, $input: UpdateLeadershipTermInput!) { updateLeadershipTerm(id: $id, version: $version, input: $input) { ${TERM} } }`;

describe("partner writes: network memberships and leadership terms", () => {
  let hub: TestHub;
  let author: string;
  let steward: string;
  let otherNetwork: string;
  let reader: string;
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => send(hub.url, { query, variables }, token ? bearer(token) : {});
  const count = async (table: string) => Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  const counts = async () => ({ memberships: await count("network_membership"), terms: await count("leadership_term"), holders: await count("leadership_holder"), changes: await count("change"), citations: await count("citation") });
  const list = async (token?: string) => {
    const r = await gql(LIST, { slug: NET }, token);
    expect(r.body.errors).toBeUndefined();
    return { ...r.body.data.network.membershipsConnection, statements: r.body.extensions.sql.statements as number };
  };

  beforeAll(async () => {
    hub = await startTestHub();
    author = await issueKey(hub, { partner: "state:GH", role: "CONTRIBUTOR", scope: `network:${NET}` });
    steward = await issueKey(hub, { partner: "org:gcr2p", role: "STEWARD", scope: `network:${NET}` });
    otherNetwork = await issueKey(hub, { partner: "state:NL", role: "CONTRIBUTOR", scope: "network:group-of-friends-r2p" });
    reader = await issueKey(hub, { partner: "state:FR" });
  });
  afterAll(async () => hub?.close());

  let kenya: { id: string; publication: { version: number } };

  it("writes a draft only its author and the network's steward can see; publishing shows it to everyone", async () => {
    const before = await list();
    const created = await gql(CREATE, { input: { network: NET, member: "KE", status: "MEMBER", start: "2024-03", focalPointOffice: "Ministry of Foreign Affairs", sources: SOURCE } }, author);
    expect(created.body.errors).toBeUndefined();
    kenya = created.body.data.createNetworkMembership;
    // The whole write (lookups, overlap check, row, citation, link, change log, search, transaction)
    // and the answer's reads: pinned so a write that starts querying per row shows up here.
    // PostgreSQL takes two advisory locks (the overlap check, the change log).
    expect(created.body.extensions.sql.statements).toBe(hub.ds.options.type === "postgres" ? 16 : 14);
    expect(kenya).toMatchObject({ status: "MEMBER", start: { iso: "2024-03" }, end: null, member: { alpha2: "KE" }, publication: { status: "DRAFT", version: 1 } });
    expect(kenya.sources).toEqual([{ citation: { url: SOURCE[0].url } }]);

    // Anonymous and another partner: as if nothing were written, list and count alike.
    for (const token of [undefined, reader]) {
      const seen = await list(token);
      expect(seen.totalCount).toBe(before.totalCount);
      expect(seen.nodes.map((n: { id: string }) => n.id)).not.toContain(kenya.id);
      expect((await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: kenya.id }, token)).body.data.node).toBeNull();
    }
    // The read guard adds no statement: the same count as before the draft existed.
    expect((await list()).statements).toBe(before.statements);
    expect(before.statements).toBe(3);
    for (const token of [author, steward]) {
      const seen = await list(token);
      expect(seen.totalCount).toBe(before.totalCount + 1);
      expect(seen.nodes.map((n: { id: string }) => n.id)).toContain(kenya.id);
    }

    const published = await gql(PUBLISH, { id: kenya.id, version: 1 }, steward);
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data.publishRecord).toEqual({ id: kenya.id, publication: { status: "PUBLISHED", version: 2 } });
    const after = await list();
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.nodes).toContainEqual({ id: kenya.id, status: "MEMBER", member: { alpha2: "KE" } });
    // Its new citation was published with it.
    expect((await gql(`query($id: ID!) { node(id: $id) { ... on NetworkMembership { sources { citation { url } } } } }`, { id: kenya.id })).body.data.node.sources).toHaveLength(1);
  });

  it("refuses overlapping periods, naming the field, and writes nothing", async () => {
    const before = await counts();
    // Kenya is a member from March 2024, ongoing.
    const clash = await gql(CREATE, { input: { network: NET, member: "state:KEN", status: "OBSERVER", start: "2025", sources: SOURCE } }, author);
    expect(clash.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.start" });
    expect(clash.body.errors[0].message).toContain(kenya.id);
    // Denmark's founding membership (September 2010, ongoing) from the seed.
    const seeded = await gql(CREATE, { input: { network: NET, member: "DK", status: "MEMBER", start: "2020-01-01", sources: SOURCE } }, author);
    expect(seeded.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.start" });
    // An earlier, closed period does not overlap; nor does a period that ends on the day the next starts.
    const earlier = await gql(CREATE, { input: { network: NET, member: "KE", status: "OBSERVER", start: "2015", end: "2024-03-01", sources: SOURCE } }, author);
    expect(earlier.body.errors).toBeUndefined();
    expect((await counts()).memberships).toBe(before.memberships + 1);

    const backwards = await gql(CREATE, { input: { network: NET, member: "TZ", status: "MEMBER", start: "2020", end: "2019", sources: [] } }, author);
    expect(backwards.body.errors[0].extensions.argumentName).toBe("input.end");
    expect(backwards.body.errors[0].extensions.problems.map((p: { path: string }) => p.path)).toEqual(["input.end", "input.sources"]);
    const unknown = await gql(CREATE, { input: { network: NET, member: "state:ZZ", status: "MEMBER", focalPoint: "UGVyc29uOjk5OTk5", sources: SOURCE } }, author);
    expect(unknown.body.errors[0].extensions.problems.map((p: { path: string }) => p.path)).toEqual(["input.member", "input.focalPoint"]);
    expect(JSON.stringify(unknown.body)).not.toMatch(/SELECT|stack/i);
    const after = await counts();
    expect(after).toEqual({ ...before, memberships: before.memberships + 1, changes: after.changes, citations: after.citations });
  });

  it("refuses a contributor of another network (FORBIDDEN) and writes nothing", async () => {
    const before = await counts();
    const r = await gql(CREATE, { input: { network: NET, member: "NL", status: "MEMBER", start: "2024", sources: SOURCE } }, otherNetwork);
    expect(r.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(r.body.errors[0].message).toContain("CONTRIBUTOR");
    const term = await gql(CREATE_TERM, { input: { network: NET, role: "CHAIR", holders: [{ actor: "NL" }], sources: SOURCE } }, otherNetwork);
    expect(term.body.errors[0].extensions.code).toBe("FORBIDDEN");
    // Not even the network's steward's record can be changed by it.
    const update = await gql(UPDATE, { id: kenya.id, version: 2, input: { note: "mine now" } }, otherNetwork);
    expect(update.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("updates at the version read; a stale version is a CONFLICT and writes nothing", async () => {
    // A contributor may not change a published record: the steward does.
    const own = await gql(UPDATE, { id: kenya.id, version: 2, input: { focalPointOffice: "Office of the Minister" } }, author);
    expect(own.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const changed = await gql(UPDATE, { id: kenya.id, version: 2, input: { focalPointOffice: "Office of the Minister", status: "OBSERVER" } }, steward);
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data.updateNetworkMembership).toMatchObject({ status: "OBSERVER", focalPointOffice: "Office of the Minister", publication: { status: "PUBLISHED", version: 3 } });
    const before = await counts();
    const stale = await gql(UPDATE, { id: kenya.id, version: 2, input: { status: "MEMBER" } }, steward);
    expect(stale.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", argumentName: "version", currentVersion: 3 });
    // Moving the start back into the earlier (closed) Kenyan membership is an overlap.
    const overlap = await gql(UPDATE, { id: kenya.id, version: 3, input: { start: "2020" } }, steward);
    expect(overlap.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.start" });
    expect(await counts()).toEqual(before);
    // The update is in the change log (read through the feed: see the report on `history`).
    const feed = await gql(`{ changes(first: 100, types: ["NetworkMembership"]) { nodes { action subjectId changedFields } } }`);
    const mine = feed.body.data.changes.nodes.filter((c: { subjectId: string }) => c.subjectId === kenya.id);
    expect(mine.map((c: { action: string }) => c.action)).toEqual(["CREATED", "UPDATED", "UPDATED"]);
    expect(mine[2].changedFields).toEqual(expect.arrayContaining(["status", "focalPointOffice", "publication.version"]));
  });

  it("records leadership terms: co-chairs share one term, overlapping terms of a role are refused", async () => {
    const created = await gql(CREATE_TERM, { input: { network: NET, role: "CHAIR", start: "2022", end: "2023-06-30", label: "2022-2023", holders: [{ actor: "GH" }, { actor: "organisation:eu" }], sources: SOURCE } }, author);
    expect(created.body.errors).toBeUndefined();
    const term = created.body.data.createLeadershipTerm;
    expect(term).toMatchObject({ role: "CHAIR", label: "2022-2023", publication: { status: "DRAFT", version: 1 }, holders: [{ position: 0, actor: { alpha2: "GH" } }, { position: 1, actor: { key: "eu" } }] });
    const before = await counts();
    const clash = await gql(CREATE_TERM, { input: { network: NET, role: "CHAIR", start: "2023-03", holders: [{ actor: "KE" }], sources: SOURCE } }, author);
    expect(clash.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.start" });
    // The seeded steering group holds from May 2021, ongoing.
    const seeded = await gql(CREATE_TERM, { input: { network: NET, role: "STEERING_GROUP", start: "2024", holders: [{ actor: "KE" }], sources: SOURCE } }, author);
    expect(seeded.body.errors[0].extensions.argumentName).toBe("input.start");
    const twice = await gql(CREATE_TERM, { input: { network: NET, role: "TROIKA", start: "2024", holders: [{ actor: "KE" }, { actor: "state:KEN" }, { actor: "XX" }], sources: SOURCE } }, author);
    expect(twice.body.errors[0].extensions.problems.map((p: { path: string }) => p.path)).toEqual(["input.holders[1].actor", "input.holders[2].actor"]);
    expect(await counts()).toEqual(before);

    const added = await gql(UPDATE_TERM, { id: term.id, version: 1, input: { addHolders: [{ actor: "KE" }], label: "2022/2023" } }, author);
    expect(added.body.errors).toBeUndefined();
    expect(added.body.data.updateLeadershipTerm).toMatchObject({ label: "2022/2023", publication: { version: 2 }, holders: [{ position: 0 }, { position: 1 }, { position: 2, actor: { alpha2: "KE" } }] });
    const again = await gql(UPDATE_TERM, { id: term.id, version: 2, input: { addHolders: [{ actor: "GH" }] } }, author);
    expect(again.body.errors[0].extensions.argumentName).toBe("input.addHolders[0].actor");

    const anonymousBefore = await gql(`{ network(slug: "${NET}") { leadership { id } } }`);
    expect(anonymousBefore.body.data.network.leadership.map((t: { id: string }) => t.id)).not.toContain(term.id);
    const published = await gql(PUBLISH, { id: term.id, version: 2 }, steward);
    expect(published.body.data.publishRecord.publication).toEqual({ status: "PUBLISHED", version: 3 });
    const anonymous = await gql(`{ network(slug: "${NET}") { leadership { id holders { actor { ... on State { alpha2 } } } } } }`);
    expect(anonymous.body.data.network.leadership.find((t: { id: string }) => t.id === term.id).holders).toHaveLength(3);
    expect(anonymous.body.extensions.sql.statements).toBe(5);
  });

  it("lets exactly one of two concurrent overlapping writes through", async () => {
    const input = (start: string) => ({ input: { network: NET, member: "UG", status: "MEMBER", start, sources: SOURCE } });
    const results = await Promise.all([gql(CREATE, input("2024-01"), author), gql(CREATE, input("2024-02"), author)]);
    const codes = results.map((r) => r.body.errors?.[0]?.extensions.code ?? "OK").sort();
    expect(codes).toEqual(["BAD_USER_INPUT", "OK"]);
  });

  it("imports memberships from CSV and terms from JSON through the same checks, all or nothing", async () => {
    const IMPORT = `mutation($kind: String!, $format: ImportFormat!, $data: String!, $dryRun: Boolean!) { importRecords(kind: $kind, format: $format, data: $data, dryRun: $dryRun) { applied recordCount createdCount createdIds problems { position path message } } }`;
    const header = "network,member,status,start,end,focalPointOffice,note,sourceUrl,sourcePublisher,sourcePublished,sourceQuote";
    const good = `${NET},TZ,MEMBER,2023-05,,Ministry of Foreign Affairs,,https://example.org/r2p/tz,Example Secretariat,2023-05,Tanzania joined`;
    const before = await counts();
    // One overlapping row (Denmark, a founding member since 2010) and one bad status: nothing is written.
    const bad = `${header}\n${good}\n${NET},DK,MEMBER,2019,,,,https://example.org/r2p/dk,Example Secretariat,,\n${NET},UG,CHAIR,2020,,,,https://example.org/r2p/ug,Example Secretariat,,`;
    const refused = await gql(IMPORT, { kind: "networkMembership", format: "CSV", data: bad, dryRun: false }, author);
    expect(refused.body.errors).toBeUndefined();
    expect(refused.body.data.importRecords).toMatchObject({ applied: false, recordCount: 3, createdCount: 0 });
    expect(refused.body.data.importRecords.problems.map((p: { position: number; path: string }) => [p.position, p.path])).toEqual([
      [1, "records[1].start"],
      [2, "records[2].status"],
    ]);
    expect(await counts()).toEqual(before);
    const written = await gql(IMPORT, { kind: "networkMembership", format: "CSV", data: `${header}\n${good}`, dryRun: false }, author);
    expect(written.body.data.importRecords).toMatchObject({ applied: true, createdCount: 1, problems: [] });
    const [id] = written.body.data.importRecords.createdIds;
    const draft = await gql(`query($id: ID!) { node(id: $id) { ... on NetworkMembership { status start { iso } focalPointOffice publication { status } sources { quote } } } }`, { id }, author);
    expect(draft.body.data.node).toEqual({ status: "MEMBER", start: { iso: "2023-05" }, focalPointOffice: "Ministry of Foreign Affairs", publication: { status: "DRAFT" }, sources: [{ quote: "Tanzania joined" }] });

    const terms = [{ network: NET, role: "CORE_GROUP", start: "2025", holders: [{ actor: "GH" }, { actor: "TZ" }], sources: SOURCE }];
    const dry = await gql(IMPORT, { kind: "leadershipTerm", format: "JSON", data: JSON.stringify(terms), dryRun: true }, author);
    expect(dry.body.data.importRecords).toMatchObject({ applied: false, createdCount: 0, problems: [] });
    const forbidden = await gql(IMPORT, { kind: "leadershipTerm", format: "JSON", data: JSON.stringify(terms), dryRun: false }, otherNetwork);
    expect(forbidden.body.data.importRecords.problems[0].message).toContain("CONTRIBUTOR");
    const applied = await gql(IMPORT, { kind: "leadershipTerm", format: "JSON", data: JSON.stringify(terms), dryRun: false }, author);
    expect(applied.body.data.importRecords).toMatchObject({ applied: true, createdCount: 1 });
  });

  it("keeps examples/mutations/networks.graphql valid against the served schema", async () => {
    const introspection = await gql(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.body.data);
    const source = fs.readFileSync(path.resolve(__dirname, "../examples/mutations/networks.graphql"), "utf8");
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });
});

