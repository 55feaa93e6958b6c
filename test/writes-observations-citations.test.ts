import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";
import { Meeting } from "../entities/meeting.entity";
import { toGlobalId } from "../src/global-id";

/*
 * Observations and citations written by partners (issue 10 §3), over HTTP, on the run's database.
 * Both are scoped to the writing partner's own actor: a research centre counts anything, and its
 * own steward publishes. Seed observations have no scope: only ADMIN changes them.
 */
const OBS = `id metric value qualifier asOf { iso } text note source { url publisher publication { status } } publication { status version }`;
const CREATE_OBS = `mutation($input: CreateObservationInput!) { createObservation(input: $input) { ${OBS} } }`;
const UPDATE_OBS = `mutation($id: ID!, $version: Int!, $input: UpdateObservationInput!) { updateObservation(id: $id, version: $version, input: $input) { ${OBS} } }`;
const CITE = `id url publisher title publishedOn { iso } mirrorOf publication { status version }`;
const CREATE_CIT = `mutation($input: CreateCitationInput!) { createCitation(input: $input) { ${CITE} } }`;
const UPDATE_CIT = `mutation($id: ID!, $version: Int!, $input: UpdateCitationInput!) { updateCitation(id: $id, version: $version, input: $input) { ${CITE} } }`;
const PUBLISH = `mutation($id: ID!, $version: Int!) { publishRecord(id: $id, version: $version) { id } }`;
const OBSERVATIONS = `query($id: ID!) { node(id: $id) { ... on Meeting { observations { id metric value source { url } publication { version } } } } }`;
const SOURCE = { url: "https://www.globalr2p.org/publications/ministerial-2010-summary/", publisher: "Global Centre for R2P", published: "2010-09", quote: "Ministers from 14 countries attended" };

let hub: TestHub;
let centre: string;
let centreSteward: string;
let kenya: string;
let kenyaSteward: string;
let admin: string;
let meetingId: string;
const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => send(hub.url, { query, variables }, token ? bearer(token) : {});
const count = async (table: string) => Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
const counts = async () => ({ observations: await count("observation"), citations: await count("citation"), links: await count("source_link"), changes: await count("change") });
const observation = (extra: Record<string, unknown> = {}) => ({ subject: meetingId, metric: "MINISTERS", value: 14, asOf: "2010-09-23", sources: [SOURCE], ...extra });

beforeAll(async () => {
  hub = await startTestHub();
  centre = await issueKey(hub, { partner: "organisation:gcr2p", role: "CONTRIBUTOR", scope: "organisation:gcr2p", label: "research desk" });
  centreSteward = await issueKey(hub, { partner: "organisation:ohchr", role: "STEWARD", scope: "organisation:gcr2p", label: "centre's steward" });
  kenya = await issueKey(hub, { partner: "state:KE", role: "CONTRIBUTOR", scope: "state:KE" });
  kenyaSteward = await issueKey(hub, { partner: "state:GH", role: "STEWARD", scope: "state:KE" });
  admin = await issueKey(hub, { partner: "organisation:un", role: "ADMIN" });
  meetingId = toGlobalId("Meeting", (await hub.ds.getRepository(Meeting).findOneByOrFail({ key: "r2p-ministerial-2010" })).pk);
});
afterAll(async () => hub?.close());

describe("observations written by partners", () => {
  it("a research centre's draft count appears for everyone once its own steward publishes it, with its source", async () => {
    const before = await gql(OBSERVATIONS, { id: meetingId });
    expect(before.body.errors).toBeUndefined();
    // The meeting, its observations, their citations.
    expect(before.body.extensions.sql.statements).toBe(3);
    const created = await gql(CREATE_OBS, { input: observation({ note: "Counted from the summary." }) }, centre);
    expect(created.body.errors).toBeUndefined();
    const obs = created.body.data.createObservation;
    // The first source is the observation's own source; its quote is the text when none is given.
    expect(obs).toMatchObject({ metric: "MINISTERS", value: 14, qualifier: "EXACT", asOf: { iso: "2010-09-23" }, text: SOURCE.quote, source: { url: SOURCE.url, publication: { status: "DRAFT" } }, publication: { status: "DRAFT", version: 1 } });
    expect((await gql(OBSERVATIONS, { id: meetingId })).body.data).toEqual(before.body.data);

    // Another scope's steward does not even see the draft.
    expect((await gql(PUBLISH, { id: obs.id, version: 1 }, kenyaSteward)).body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
    expect((await gql(PUBLISH, { id: obs.id, version: 1 }, centreSteward)).body.errors).toBeUndefined();
    const after = await gql(OBSERVATIONS, { id: meetingId });
    expect(after.body.data.node.observations).toHaveLength(before.body.data.node.observations.length + 1);
    expect(after.body.data.node.observations).toContainEqual({ id: obs.id, metric: "MINISTERS", value: 14, source: { url: SOURCE.url }, publication: { version: 2 } });
    expect(after.body.extensions.sql.statements).toBe(3);

    // The centre's steward corrects it; another partner's contributor may not.
    expect((await gql(UPDATE_OBS, { id: obs.id, version: 2, input: { value: 15 } }, kenya)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    const fixed = await gql(UPDATE_OBS, { id: obs.id, version: 2, input: { value: 15, qualifier: "ABOUT" } }, centreSteward);
    expect(fixed.body.data.updateObservation).toMatchObject({ value: 15, qualifier: "ABOUT", publication: { status: "PUBLISHED", version: 3 } });
    const stale = await gql(UPDATE_OBS, { id: obs.id, version: 2, input: { value: 16 } }, centreSteward);
    expect(stale.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 3 });
  });

  it("leaves seed observations to ADMIN", async () => {
    const seeded = (await gql(OBSERVATIONS, { id: meetingId })).body.data.node.observations[0];
    const refused = await gql(UPDATE_OBS, { id: seeded.id, version: seeded.publication.version, input: { note: "checked" } }, centreSteward);
    expect(refused.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const changed = await gql(UPDATE_OBS, { id: seeded.id, version: seeded.publication.version, input: { note: "checked" } }, admin);
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data.updateObservation).toMatchObject({ note: "checked", publication: { status: "PUBLISHED", version: seeded.publication.version + 1 } });
  });

  it("refuses bad subjects, values and missing sources, naming the fields and writing nothing", async () => {
    const before = await counts();
    const bad = await gql(CREATE_OBS, { input: observation({ subject: toGlobalId("State", 1), value: -3, asOf: "2010-31", sources: [] }) }, centre);
    expect(bad.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.body.errors[0].extensions.problems.map((p: any) => p.path)).toEqual(["input.subject", "input.value", "input.asOf", "input.sources"]);
    const hidden = await gql(CREATE_OBS, { input: observation({ subject: toGlobalId("Meeting", 999999) }) }, centre);
    expect(hidden.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.subject" });
    const reader = await issueKey(hub, { partner: "state:FR" });
    expect((await gql(CREATE_OBS, { input: observation() }, reader)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });
});

describe("citations written by partners", () => {
  it("creates a draft citation in the partner's scope, names it in an observation, and publishes both together", async () => {
    const created = await gql(CREATE_CIT, { input: { url: "https://www.mfa.go.ke/statements/2024-r2p", publisher: "Kenya MFA", title: "Statement on R2P", published: "2024-06", mirrorOf: "https://example.org/original" } }, kenya);
    expect(created.body.errors).toBeUndefined();
    const citation = created.body.data.createCitation;
    expect(citation).toMatchObject({ publisher: "Kenya MFA", publishedOn: { iso: "2024-06" }, mirrorOf: "https://example.org/original", publication: { status: "DRAFT", version: 1 } });
    expect((await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: citation.id })).body.data.node).toBeNull();

    const updated = await gql(UPDATE_CIT, { id: citation.id, version: 1, input: { title: "Statement on the responsibility to protect" } }, kenya);
    expect(updated.body.data.updateCitation).toMatchObject({ title: "Statement on the responsibility to protect", publication: { version: 2 } });
    expect((await gql(UPDATE_CIT, { id: citation.id, version: 1, input: { title: "x" } }, kenya)).body.errors[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });

    const obs = await gql(CREATE_OBS, { input: observation({ metric: "STATES", value: 40, sources: [{ citation: citation.id, quote: "40 states" }] }) }, kenya);
    expect(obs.body.errors).toBeUndefined();
    expect(obs.body.data.createObservation.source.url).toBe("https://www.mfa.go.ke/statements/2024-r2p");
    expect((await gql(PUBLISH, { id: obs.body.data.createObservation.id, version: 1 }, kenyaSteward)).body.errors).toBeUndefined();
    const anon = await gql(`query($id: ID!) { node(id: $id) { ... on Citation { url publication { status } } } }`, { id: citation.id });
    expect(anon.body.data.node).toEqual({ url: "https://www.mfa.go.ke/statements/2024-r2p", publication: { status: "PUBLISHED" } });
  });

  it("refuses non-public addresses, known addresses and other partners' drafts, writing nothing", async () => {
    const before = await counts();
    const bad = await gql(CREATE_CIT, { input: { url: "file:///etc/passwd", publisher: " ", published: "someday", mirrorOf: "javascript:alert(1)" } }, kenya);
    expect(bad.body.errors[0].extensions.problems.map((p: any) => p.path)).toEqual(["input.url", "input.publisher", "input.published", "input.mirrorOf"]);
    const known = await gql(CREATE_CIT, { input: { url: SOURCE.url, publisher: "again" } }, centre);
    expect(known.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.url" });
    const draft = (await gql(CREATE_CIT, { input: { url: "https://example.org/draft-only", publisher: "Kenya MFA" } }, kenya)).body.data.createCitation;
    const afterDraft = await counts();
    expect((await gql(UPDATE_CIT, { id: draft.id, version: 1, input: { title: "x" } }, centre)).body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
    expect(afterDraft.citations).toBe(before.citations + 1);
    expect(await counts()).toEqual(afterDraft);
  });

  it("imports observations (CSV) and citations (JSON) through the same checks", async () => {
    const IMPORT = `mutation($kind: String!, $format: ImportFormat!, $data: String!) { importRecords(kind: $kind, format: $format, data: $data) { applied createdCount createdIds problems { position path } } }`;
    const header = "subject,metric,value,qualifier,asOf,note,sourceUrl,sourcePublisher,sourcePublished,sourceQuote";
    const rows = [`${meetingId},SPEAKERS,31,ABOUT,2010-09-23,,https://example.org/speakers,Centre notes,2010-10,about 31 speakers`, `${meetingId},SPEAKERS,many,,,,,,,`];
    const before = await counts();
    const refused = await gql(IMPORT, { kind: "observation", format: "CSV", data: [header, ...rows].join("\n") }, centre);
    expect(refused.body.data.importRecords.problems).toEqual([{ position: 1, path: "records[1].value" }, { position: 1, path: "records[1].sources" }]);
    expect(await counts()).toEqual(before);
    const applied = await gql(IMPORT, { kind: "observation", format: "CSV", data: [header, rows[0]].join("\n") }, centre);
    expect(applied.body.data.importRecords).toMatchObject({ applied: true, createdCount: 1 });
    const cites = await gql(IMPORT, { kind: "citation", format: "JSON", data: JSON.stringify([{ url: "https://example.org/imported", publisher: "Centre" }, { url: "mailto:x@y.z", publisher: "Centre" }]) }, centre);
    expect(cites.body.data.importRecords.problems).toEqual([{ position: 1, path: "records[1].url" }]);
  });
});
