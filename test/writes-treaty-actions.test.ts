import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";

/*
 * Treaty actions written by partners (issue 10 §3), over HTTP, on the run's database: a state's
 * mission records a ratification as a draft, its steward publishes it, and the derived standing
 * (parties, counts) follows at once for everyone; the order rule, permissions, versions and
 * sources refuse bad writes without writing anything.
 */
const TREATY = "ljubljana-the-hague-convention";
const CREATE = `mutation($input: CreateTreatyActionInput!) { createTreatyAction(input: $input) { id type date { iso } note publication { status version } sources { quote note } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateTreatyActionInput!) { updateTreatyAction(id: $id, version: $version, input: $input) { id note publication { version } } }`;
const PUBLISH = `mutation($id: ID!, $version: Int!) { publishRecord(id: $id, version: $version) { id ... on TreatyAction { publication { status version } } } }`;
const STANDING = `query { treatyProposal(slug: "${TREATY}") { partyCount signatoryCount parties { actor { name } consentType consentedOn { iso } } } }`;
const SOURCE = { url: "https://verdragenbank.overheid.nl/en/Verdrag/Details/013717", publisher: "Netherlands Treaty Database", published: "2025-09", quote: "Ghana: ratification 3 September 2025" };

let hub: TestHub;
let ghContributor: string;
let ghSteward: string;
let keContributor: string;
const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => send(hub.url, { query, variables }, token ? bearer(token) : {});
const count = async (table: string) => Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
const counts = async () => ({ actions: await count("treaty_action"), citations: await count("citation"), links: await count("source_link"), changes: await count("change") });
const ratification = (extra: Record<string, unknown> = {}) => ({ treaty: TREATY, actor: "GH", type: "RATIFICATION", date: "2025-09-03", entryIntoForce: "2025-12-01", sources: [SOURCE], ...extra });

beforeAll(async () => {
  hub = await startTestHub();
  ghContributor = await issueKey(hub, { partner: "state:GH", role: "CONTRIBUTOR", scope: "state:GH", label: "Ghana mission" });
  ghSteward = await issueKey(hub, { partner: "organisation:gcr2p", role: "STEWARD", scope: "state:GH", label: "Ghana steward" });
  keContributor = await issueKey(hub, { partner: "state:KE", role: "CONTRIBUTOR", scope: "state:KE", label: "Kenya mission" });
});
afterAll(async () => hub?.close());

describe("treaty actions written by partners", () => {
  it("a mission's draft ratification changes the parties only once its steward publishes it", async () => {
    const before = await gql(STANDING);
    expect(before.body.errors).toBeUndefined();
    // The treaty, then its actions (one batch serves parties and both counts), then the party actors.
    expect(before.body.extensions.sql.statements).toBe(3);
    const { partyCount, signatoryCount } = before.body.data.treatyProposal;
    expect(before.body.data.treatyProposal.parties.map((p: any) => p.actor.name)).not.toContain("Ghana");

    const created = await gql(CREATE, { input: ratification({ note: "Deposited with the Netherlands." }) }, ghContributor);
    expect(created.body.errors).toBeUndefined();
    const action = created.body.data.createTreatyAction;
    expect(action).toMatchObject({ type: "RATIFICATION", date: { iso: "2025-09-03" }, publication: { status: "DRAFT", version: 1 }, sources: [{ quote: SOURCE.quote }] });

    // A draft: anonymous readers see the same standing as before.
    const drafted = await gql(STANDING);
    expect(drafted.body.data.treatyProposal).toEqual(before.body.data.treatyProposal);
    // Its author sees its own draft counted.
    expect((await gql(STANDING, {}, ghContributor)).body.data.treatyProposal.partyCount).toBe(partyCount + 1);

    // A contributor cannot publish; the steward can.
    expect((await gql(PUBLISH, { id: action.id, version: 1 }, ghContributor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    const published = await gql(PUBLISH, { id: action.id, version: 1 }, ghSteward);
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data.publishRecord.publication).toEqual({ status: "PUBLISHED", version: 2 });

    const after = await gql(STANDING);
    expect(after.body.data.treatyProposal.partyCount).toBe(partyCount + 1);
    expect(after.body.data.treatyProposal.signatoryCount).toBe(signatoryCount);
    expect(after.body.data.treatyProposal.parties).toContainEqual({ actor: { name: "Ghana" }, consentType: "RATIFICATION", consentedOn: { iso: "2025-09-03" } });
    expect(after.body.extensions.sql.statements).toBe(3);
    // The new citation was published with the action: anonymous readers see the source.
    const read = await gql(`query($id: ID!) { node(id: $id) { ... on TreatyAction { sources { quote citation { url publication { status } } } } } }`, { id: action.id });
    expect(read.body.data.node.sources).toEqual([{ quote: SOURCE.quote, citation: { url: SOURCE.url, publication: { status: "PUBLISHED" } } }]);
  });

  it("refuses a ratification without a signature, naming the field, unless the sources say so in their words", async () => {
    const before = await counts();
    const refused = await gql(CREATE, { input: ratification({ actor: "KE" }) }, keContributor);
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.type" });
    expect(refused.body.errors[0].message).toMatch(/SIGNATURE/);
    // Saying so without a quoted source is not enough.
    const unquoted = await gql(CREATE, { input: ratification({ actor: "KE", outOfOrder: "Kenya ratified without signing", sources: [{ ...SOURCE, quote: null }] }) }, keContributor);
    expect(unquoted.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.sources" });
    expect(await counts()).toEqual(before);

    const accepted = await gql(CREATE, { input: ratification({ actor: "KE", outOfOrder: "ratified under the accession procedure of art. 92", sources: [{ ...SOURCE, quote: "Kenya: ratification 3 September 2025 (no prior signature)" }] }) }, keContributor);
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data.createTreatyAction.sources[0].note).toBe("Out of order: ratified under the accession procedure of art. 92");
  });

  it("refuses a denunciation by a non-party and an exact duplicate", async () => {
    const before = await counts();
    const denounced = await gql(CREATE, { input: ratification({ type: "DENUNCIATION", date: "2024-03", entryIntoForce: null }) }, ghContributor);
    expect(denounced.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.type" });
    expect(denounced.body.errors[0].message).toMatch(/party/);
    const twice = await gql(CREATE, { input: ratification() }, ghContributor);
    expect(twice.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.type" });
    expect(twice.body.errors[0].message).toMatch(/already recorded/);
    expect(await counts()).toEqual(before);
  });

  it("refuses another state's contributor (FORBIDDEN), missing sources and bad fields, writing nothing", async () => {
    const before = await counts();
    const forbidden = await gql(CREATE, { input: ratification({ type: "SIGNATURE", date: "2025-01" }) }, keContributor);
    expect(forbidden.body.errors.map((e: any) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    const anonymous = await gql(CREATE, { input: ratification() });
    expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const unsourced = await gql(CREATE, { input: ratification({ sources: [] }) }, ghContributor);
    expect(unsourced.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.sources" });
    const bad = await gql(CREATE, { input: ratification({ date: "2025-13", entryIntoForce: "tomorrow", treaty: "no-such-treaty", sources: [{ url: "ftp://x", publisher: "" }] }) }, ghContributor);
    expect(bad.body.errors[0].extensions.problems.map((p: any) => p.path)).toEqual(["input.date", "input.entryIntoForce", "input.sources[0].url", "input.sources[0].publisher"]);
    const unknown = await gql(CREATE, { input: ratification({ treaty: "no-such-treaty", actor: "state:ZZ" }) }, ghContributor);
    expect(unknown.body.errors[0].extensions.problems.map((p: any) => p.path)).toEqual(["input.treaty", "input.actor"]);
    expect(JSON.stringify([forbidden.body, bad.body, unknown.body])).not.toMatch(/SELECT|at .*\.ts/);
    expect(await counts()).toEqual(before);
  });

  it("updates at the stated version; a stale one is CONFLICT with the current version and writes nothing", async () => {
    const created = (await gql(CREATE, { input: ratification({ type: "SIGNATURE", actor: "KE", date: "2025-01-10", entryIntoForce: null }) }, keContributor)).body.data.createTreatyAction;
    const updated = await gql(UPDATE, { id: created.id, version: 1, input: { note: "Signed in The Hague." } }, keContributor);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateTreatyAction).toEqual({ id: created.id, note: "Signed in The Hague.", publication: { version: 2 } });
    const before = await counts();
    const stale = await gql(UPDATE, { id: created.id, version: 1, input: { note: "lost" } }, keContributor);
    expect(stale.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", argumentName: "version", currentVersion: 2 });
    // Another state's draft is unknown to Ghana's mission; a published action of another state is FORBIDDEN to it.
    expect((await gql(UPDATE, { id: created.id, version: 2, input: { note: "x" } }, ghContributor)).body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
    const actions = (await gql(`{ treatyProposal(slug: "${TREATY}") { actions(types: [RATIFICATION]) { id actor { name } publication { version } } } }`)).body.data.treatyProposal.actions;
    const latvia = actions.find((a: any) => a.actor.name === "Latvia");
    expect((await gql(UPDATE, { id: latvia.id, version: latvia.publication.version, input: { note: "x" } }, ghContributor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    // Moving the signature after Kenya's ratification breaks the order.
    const reordered = await gql(UPDATE, { id: created.id, version: 2, input: { date: "2025-10-01" } }, keContributor);
    expect(reordered.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.type" });
    expect(await counts()).toEqual(before);
    const history = await gql(`query($id: ID!) { node(id: $id) { history { nodes { action changedFields } } } }`, { id: created.id }, keContributor);
    expect(history.body.data.node.history.nodes.map((c: any) => c.action)).toEqual(["UPDATED", "CREATED"]);
  });

  it("imports treaty actions from CSV through the same checks: all or nothing, every problem by record", async () => {
    const IMPORT = `mutation($data: String!) { importRecords(kind: "treatyAction", format: CSV, data: $data) { applied createdCount createdIds problems { position line path } } }`;
    const header = "treaty,actor,type,date,entryIntoForce,note,sourceUrl,sourcePublisher,sourcePublished,sourceQuote";
    const good = `${TREATY},GH,DENUNCIATION,2026-01-10,,Notified to the depositary,https://verdragenbank.overheid.nl/en/Verdrag/Details/013717,Netherlands Treaty Database,2026-01,Ghana: denunciation`;
    const before = await counts();
    const refused = await gql(IMPORT, { data: [header, good, `${TREATY},KE,SIGNATURE,2025-02,,,https://example.org/ke,Kenya MFA,,`, `${TREATY},GH,RATIFICATION,2025-13,,,,,,`].join("\n") }, ghContributor);
    expect(refused.body.errors).toBeUndefined();
    expect(refused.body.data.importRecords).toMatchObject({ applied: false, createdCount: 0 });
    expect(refused.body.data.importRecords.problems).toEqual([
      { position: 1, line: 3, path: "records[1]" },
      { position: 2, line: 4, path: "records[2].date" },
      { position: 2, line: 4, path: "records[2].sources" },
    ]);
    expect(await counts()).toEqual(before);
    const applied = await gql(IMPORT, { data: [header, good].join("\n") }, ghContributor);
    expect(applied.body.data.importRecords).toMatchObject({ applied: true, createdCount: 1, problems: [] });
    const read = await gql(`query($id: ID!) { node(id: $id) { ... on TreatyAction { type note publication { status } } } }`, { id: applied.body.data.importRecords.createdIds[0] }, ghContributor);
    expect(read.body.data.node).toEqual({ type: "DENUNCIATION", note: "Notified to the depositary", publication: { status: "DRAFT" } });
  });
});
