import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";
import { testDialect } from "./support/test-databases";

/*
 * Optimistic concurrency (issue 10 §3) over real HTTP, on the run's database: many partners
 * updating one treaty action at once. Writers stating the same version: exactly one wins. Writers
 * that re-read and re-apply on CONFLICT: all win in turn, and no update is lost.
 */
const CLIENTS = Number(process.env.CONCURRENCY_CLIENTS ?? 50);
const CREATE = `mutation($input: CreateTreatyActionInput!) { createTreatyAction(input: $input) { id publication { version } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $note: String) { updateTreatyAction(id: $id, version: $version, input: { note: $note }) { note publication { version } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on TreatyAction { note publication { version } } } }`;
const HISTORY = `query($id: ID!) { node(id: $id) { history(first: 100) { totalCount nodes { action changedFields } } } }`;

let hub: TestHub;
let steward: string;
let id: string;
const gql = (query: string, variables: Record<string, unknown>) => send(hub.url, { query, variables }, bearer(steward));
const read = async () => (await gql(READ, { id })).body.data.node as { note: string | null; publication: { version: number } };
const updatedCount = async () => (await gql(HISTORY, { id })).body.data.node.history.nodes.filter((c: any) => c.action === "UPDATED").length;

beforeAll(async () => {
  hub = await startTestHub();
  steward = await issueKey(hub, { partner: "organisation:gcr2p", role: "STEWARD", scope: "state:GH", label: "Ghana steward" });
  const created = await gql(CREATE, {
    input: {
      treaty: "ljubljana-the-hague-convention",
      actor: "GH",
      type: "RATIFICATION",
      date: "2025-09-03",
      sources: [{ url: "https://verdragenbank.overheid.nl/en/Verdrag/Details/013717", publisher: "Netherlands Treaty Database" }],
    },
  });
  expect(created.body.errors).toBeUndefined();
  id = created.body.data.createTreatyAction.id;
});
afterAll(async () => hub?.close());

describe(`optimistic concurrency (${testDialect()})`, () => {
  it(`of ${CLIENTS} concurrent updates stating the same version exactly one wins; the others get CONFLICT with the winner's version`, async () => {
    const start = (await read()).publication.version;
    const answers = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => gql(UPDATE, { id, version: start, note: `writer ${i}` })));
    const wins = answers.filter((a) => !a.body.errors);
    const conflicts = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === "CONFLICT");
    console.log(`[concurrency ${testDialect()}] same version: ${wins.length} win, ${conflicts.length} CONFLICT (of ${CLIENTS})`);
    expect(wins).toHaveLength(1);
    expect(conflicts).toHaveLength(CLIENTS - 1);
    for (const c of conflicts) expect(c.body.errors[0].extensions).toMatchObject({ argumentName: "version", currentVersion: start + 1 });
    const winner = wins[0].body.data.updateTreatyAction;
    expect(winner.publication.version).toBe(start + 1);
    expect(await read()).toEqual({ note: winner.note, publication: { version: start + 1 } });
  });

  it(`${CLIENTS} clients that re-read and re-apply on CONFLICT all succeed, and no update is lost`, async () => {
    const start = (await read()).publication.version;
    const updatesBefore = await updatedCount();
    let retries = 0;
    const client = async (i: number) => {
      for (let attempt = 0; attempt < 500; attempt++) {
        // Each client appends its own mark to the note it read: a lost update would drop a mark.
        const seen = await read();
        const note = `${seen.note ?? ""}[${i}]`;
        const answer = await gql(UPDATE, { id, version: seen.publication.version, note });
        if (!answer.body.errors) return;
        expect(answer.body.errors[0].extensions.code).toBe("CONFLICT");
        retries++;
        // Exponential backoff with jitter: fewer clients collide on the next version.
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 20 * 2 ** Math.min(attempt, 7))));
      }
      throw new Error(`client ${i} never succeeded`);
    };
    const began = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    const final = await read();
    const updates = (await updatedCount()) - updatesBefore;
    console.log(`[concurrency ${testDialect()}] retry on CONFLICT: ${CLIENTS} succeeded after ${retries} retries in ${Date.now() - began} ms; version ${start} -> ${final.publication.version}; ${updates} UPDATED entries in history`);
    expect(final.publication.version).toBe(start + CLIENTS);
    for (let i = 0; i < CLIENTS; i++) expect(final.note).toContain(`[${i}]`);
    expect(updates).toBe(CLIENTS);
  }, 400_000);
});
