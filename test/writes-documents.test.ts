import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";

// Partners write documents (issue 10 §3): statements with their authors and passages, drafts until
// a steward of the scope publishes them, validated before anything is written, versioned.
const DOCUMENT = `id key title kind date { iso } language summary unSymbols urls meeting { key }
  publication { status version }
  authors { name } signatories { name } onBehalfOf { slug }
  commitments { kind text position actors { name } meeting { key } sources { quote } }
  sources { citation { url } }`;
const CREATE = `mutation CreateDocument($input: CreateDocumentInput!) { createDocument(input: $input) { ${DOCUMENT} } }`;
const UPDATE = `mutation UpdateDocument($id: ID!, $version: Int!, $input: UpdateDocumentInput!) { updateDocument(id: $id, version: $version, input: $input) { ${DOCUMENT} } }`;
const PUBLISH = `mutation Publish($id: ID!, $version: Int!) { publishRecord(id: $id, version: $version) { id } }`;
const NODE = `query Node($id: ID!) { node(id: $id) { id ... on Document { title commitments { text } authors { name } } } }`;
const COUNT = `{ documents { totalCount } }`;
const SEARCH = `query Search($q: String!) { search(query: $q, types: [DOCUMENT]) { nodes { node { id } } } }`;
const TABLES = ["document", "document_actor", "document_commitment", "commitment_actor", "citation", "source_link", "change"];

const source = { url: "https://example.org/statement", publisher: "Permanent Mission of Ghana", published: "2027-09-10" };

describe("document writes", () => {
  let hub: TestHub;
  let slug: string;
  let otherSlug: string;
  let meetingKey: string;
  let contributor: string;
  let steward: string;
  let otherContributor: string;
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => send(hub.url, { query, variables }, token ? bearer(token) : {});
  const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM "${t}"`))[0].n)])));
  const input = (key: string, extra: Record<string, unknown> = {}) => ({
    key,
    title: `Joint statement on early warning ${key}`,
    kind: "GROUP_STATEMENT",
    date: "2027-09-10",
    meeting: meetingKey,
    summary: "The group commits to a yearly review of early-warning practice.",
    unSymbols: ["A/82/123"],
    urls: ["https://example.org/statement.pdf"],
    onBehalfOfNetwork: slug,
    authors: ["GH", "organisation:gcr2p"],
    signatories: ["KE"],
    passages: [
      { kind: "COMMITMENT", text: "We commit to review our early-warning practice every year.", actors: ["GH"], sources: [{ ...source, quote: "We commit to review" }] },
      { kind: "CALL", text: "We call on all states to appoint a focal point.", meeting: meetingKey },
    ],
    sources: [source],
    ...extra,
  });

  beforeAll(async () => {
    hub = await startTestHub();
    const nets = (await hub.gql(`{ networks(first: 2, orderBy: { field: NAME }) { nodes { slug } } }`)).data.networks.nodes;
    [slug, otherSlug] = nets.map((n: { slug: string }) => n.slug);
    meetingKey = (await hub.gql(`{ meetings(first: 1) { nodes { key } } }`)).data.meetings.nodes[0].key;
    contributor = await issueKey(hub, { partner: "state:GH", role: "CONTRIBUTOR", scope: `network:${slug}` });
    steward = await issueKey(hub, { partner: "org:gcr2p", role: "STEWARD", scope: `network:${slug}` });
    otherContributor = await issueKey(hub, { partner: "state:KE", role: "CONTRIBUTOR", scope: `network:${otherSlug}` });
  });
  afterAll(async () => hub?.close());

  it("a contributor creates a draft document with authors and passages; a steward publishes it", async () => {
    const before = (await gql(COUNT)).body.data.documents.totalCount;
    const created = await gql(CREATE, { input: input("ghana-early-warning-2027") }, contributor);
    expect(created.body.errors).toBeUndefined();
    const d = created.body.data.createDocument;
    expect(d).toMatchObject({
      key: "ghana-early-warning-2027", kind: "GROUP_STATEMENT", date: { iso: "2027-09-10" }, language: "en", unSymbols: ["A/82/123"], meeting: { key: meetingKey },
      publication: { status: "DRAFT", version: 1 }, authors: [{ name: "Ghana" }, { name: expect.stringContaining("Global Centre") }], signatories: [{ name: "Kenya" }],
      onBehalfOf: { slug }, sources: [{ citation: { url: "https://example.org/statement" } }],
    });
    expect(d.commitments).toEqual([
      { kind: "COMMITMENT", text: "We commit to review our early-warning practice every year.", position: 0, actors: [{ name: "Ghana" }], meeting: null, sources: [{ quote: "We commit to review" }] },
      { kind: "CALL", text: "We call on all states to appoint a focal point.", position: 1, actors: [], meeting: { key: meetingKey }, sources: [] },
    ]);
    // The key; BEGIN; states, organisations, meetings, networks (one statement each, whatever the
    // number of references); the document (+ SQLite's changes()); three actors; two passages, one
    // passage actor, a new citation and its link; the document's citation and link (one statement
    // per row); change log (+ PostgreSQL's lock); search entry (two); COMMIT; then the answer's eleven reads.
    expect.soft(created.body.extensions.sql.statements).toBe(33);

    const words = "Joint statement early warning ghana-early-warning-2027";
    for (const token of [undefined, otherContributor]) {
      expect((await gql(NODE, { id: d.id }, token)).body.data.node).toBeNull();
      expect((await gql(COUNT, {}, token)).body.data.documents.totalCount).toBe(before);
      expect((await gql(SEARCH, { q: words }, token)).body.data.search.nodes).toEqual([]);
    }
    expect((await gql(SEARCH, { q: words }, contributor)).body.data.search.nodes).toEqual([{ node: { id: d.id } }]);
    expect((await gql(PUBLISH, { id: d.id, version: 1 }, steward)).body.errors).toBeUndefined();
    const seen = (await gql(NODE, { id: d.id })).body.data.node;
    expect(seen.commitments).toHaveLength(2);
    expect(seen.authors).toHaveLength(2);
    expect((await gql(COUNT)).body.data.documents.totalCount).toBe(before + 1);
    expect((await gql(SEARCH, { q: words })).body.data.search.nodes).toEqual([{ node: { id: d.id } }]);

    // The contributor may not change it now; the steward replaces the passages and the authors.
    expect((await gql(UPDATE, { id: d.id, version: 2, input: { title: "x" } }, contributor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    const updated = await gql(UPDATE, { id: d.id, version: 2, input: { title: "Accra declaration on atrocity prevention", authors: ["GH"], passages: [{ kind: "PROPOSAL", text: "We propose a regional early-warning desk." }] } }, steward);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateDocument).toMatchObject({ title: "Accra declaration on atrocity prevention", publication: { version: 3 }, authors: [{ name: "Ghana" }], signatories: [{ name: "Kenya" }] });
    expect(updated.body.data.updateDocument.commitments.map((c: any) => c.text)).toEqual(["We propose a regional early-warning desk."]);
    // The key; BEGIN; the document; states; the UPDATE; the old authors and their DELETE; one author;
    // the old passages, their actors and links, three DELETEs; one passage; change log; search
    // entry (two); COMMIT; then the answer's reads.
    expect.soft(updated.body.extensions.sql.statements).toBe(hub.ds.options.type === "postgres" ? 30 : 29);
    expect((await gql(SEARCH, { q: "Accra declaration atrocity" })).body.data.search.nodes).toEqual([{ node: { id: d.id } }]);
    const removed = await hub.ds.query(`SELECT subject_type AS t, COUNT(*) AS n FROM "change" WHERE action = 'DELETED' AND actor_kind = 'PARTNER' GROUP BY subject_type ORDER BY subject_type`);
    expect(removed.map((r: any) => [r.t, Number(r.n)])).toEqual([["CommitmentActor", 1], ["DocumentActor", 2], ["DocumentCommitment", 2], ["SourceLink", 1]]);

    const stale = await gql(UPDATE, { id: d.id, version: 2, input: { title: "Late" } }, steward);
    expect(stale.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 3 });
    const history = (await gql(`query($id: ID!) { node(id: $id) { history { nodes { action actor { partner { name } } } } } }`, { id: d.id })).body.data.node.history.nodes;
    expect(history.map((c: any) => c.action)).toEqual(["UPDATED", "UPDATED", "CREATED"]);
    expect(history[2].actor.partner.name).toBe("Ghana");
  });

  it("refuses bad input with BAD_USER_INPUT naming the field, and writes nothing", async () => {
    await gql(CREATE, { input: input("taken-document-key") }, contributor);
    const cases: [Record<string, unknown>, string][] = [
      [{ date: "2027-02-30" }, "input.date"],
      [{ key: "Bad Key" }, "input.key"],
      [{ key: "taken-document-key" }, "input.key"],
      [{ language: "english!" }, "input.language"],
      [{ urls: ["not a url"] }, "input.urls[0]"],
      [{ meeting: "no-such-meeting" }, "input.meeting"],
      [{ onBehalfOfNetwork: "no-such-network" }, "input.onBehalfOfNetwork"],
      [{ onBehalfOfOrganisation: "GH" }, "input.onBehalfOfOrganisation"],
      [{ deliveredByPerson: "nobody-at-all" }, "input.deliveredByPerson"],
      [{ authors: ["GH", "ZZ"] }, "input.authors[1]"],
      [{ authors: ["GH", "state:GH"] }, "input.authors[1]"],
      [{ passages: [{ kind: "CALL", text: "ok" }, { kind: "CALL", text: " " }] }, "input.passages[1].text"],
      [{ passages: [{ kind: "CALL", text: "ok", actors: ["GH", "XX"] }] }, "input.passages[0].actors[1]"],
      [{ passages: [{ kind: "CALL", text: "ok", treatyProposal: "no-such-treaty" }] }, "input.passages[0].treatyProposal"],
      [{ passages: [{ kind: "CALL", text: "ok", sources: [{ url: "https://example.org/x" }] }] }, "input.passages[0].sources[0].publisher"],
      [{ sources: [] }, "input.sources"],
    ];
    const before = await counts();
    for (const [extra, argumentName] of cases) {
      const r = await gql(CREATE, { input: input("fresh-document-key", extra) }, contributor);
      expect(r.body.errors?.[0]?.extensions, JSON.stringify(extra)).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a contributor of another network, and a document without a scope for anyone but ADMIN", async () => {
    const before = await counts();
    expect((await gql(CREATE, { input: input("kenya-doc") }, otherContributor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    // No network: the first author (Ghana) is the scope, and the grant is over the network only.
    expect((await gql(CREATE, { input: input("no-network-doc", { onBehalfOfNetwork: null }) }, contributor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await gql(CREATE, { input: input("no-scope-doc", { onBehalfOfNetwork: null, authors: [] }) }, steward)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("imports documents as JSON through the same checks", async () => {
    const IMPORT = `mutation($data: String!) { importRecords(kind: "document", format: JSON, data: $data) { applied createdIds problems { path message } } }`;
    const bad = await gql(IMPORT, { data: JSON.stringify([input("imported-doc-1"), input("imported-doc-2", { passages: [{ kind: "SHOUT", text: "x" }] })]) }, contributor);
    expect(bad.body.data.importRecords.problems.map((p: any) => p.path)).toEqual(["records[1].passages[0].kind"]);
    const ok = await gql(IMPORT, { data: JSON.stringify([input("imported-doc-1"), input("imported-doc-2")]) }, contributor);
    expect(ok.body.data.importRecords).toMatchObject({ applied: true, problems: [] });
    const [first] = ok.body.data.importRecords.createdIds;
    expect((await gql(NODE, { id: first }, contributor)).body.data.node.commitments).toHaveLength(2);
  });
});
