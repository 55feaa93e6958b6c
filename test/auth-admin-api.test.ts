import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXECUTORS } from "../src/config";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send, sendGet } from "./support/partner-keys";

// The admin API (issue 10 §1): ADMIN keys manage partners and keys over GraphQL, on both executors.
const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { prefix label expiresAt revokedAt partner { key roles } } } }`;
const REVOKE = `mutation($prefix: String!, $reason: String) { revokeApiKey(prefix: $prefix, reason: $reason) { prefix revokedAt revokedReason } }`;
const KEYS = `query($partner: ID) { apiKeys(partner: $partner) { prefix label createdAt expiresAt revokedAt lastUsedAt partner { key name roles } } }`;

describe.each(EXECUTORS)("the admin API (executor %s)", (executor) => {
  let hub: TestHub;
  let admin: string;
  let reader: string;
  let slug: string;
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => send(hub.url, { query, variables }, token ? bearer(token) : {});
  beforeAll(async () => {
    hub = await startTestHub({ config: { executor } });
    admin = await issueKey(hub, { partner: "org:gcr2p", role: "ADMIN", label: "secretariat" });
    reader = await issueKey(hub, { partner: "state:GH" });
    slug = (await hub.gql(`{ networks(first: 1) { nodes { slug } } }`)).data.networks.nodes[0].slug;
  });
  afterAll(async () => hub?.close());

  it("creates a key whose token works, lists it without the token, and revokes it", async () => {
    const created = await gql(CREATE, { input: { partner: "KE", role: "STEWARD", scope: `network:${slug}`, expiresInDays: 30, label: "kenya focal point" } }, admin);
    expect(created.status).toBe(200);
    expect(created.body.errors).toBeUndefined();
    const { token, apiKey } = created.body.data.createApiKey;
    expect(token).toMatch(/^apg_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}$/);
    expect(apiKey).toMatchObject({ prefix: token.slice(4, 12), label: "kenya focal point", revokedAt: null, partner: { key: "state:KE", roles: [`STEWARD@network:${slug}`] } });
    expect(Math.round((Date.parse(apiKey.expiresAt) - Date.now()) / 86_400_000)).toBe(30);

    const viewer = await gql(`{ viewer { anonymous partner { key roles } apiKey { prefix } } }`, {}, token);
    expect(viewer.body.data.viewer).toEqual({ anonymous: false, partner: { key: "state:KE", roles: [`STEWARD@network:${slug}`] }, apiKey: { prefix: apiKey.prefix } });

    const listed = await gql(KEYS, { partner: "state:KE" }, admin);
    expect(listed.body.data.apiKeys).toEqual([expect.objectContaining({ prefix: apiKey.prefix, label: "kenya focal point", revokedAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(token.slice(13));
    // The key lookup, the partner argument, the keys, their partner and its grants.
    expect(listed.body.extensions.sql.statements).toBe(5);
    // Use is recorded (outside the request), at most once a minute.
    await new Promise((r) => setTimeout(r, 50));
    expect((await gql(KEYS, { partner: "state:KE" }, admin)).body.data.apiKeys[0].lastUsedAt).not.toBeNull();

    const revoked = await gql(REVOKE, { prefix: apiKey.prefix, reason: "left the post" }, admin);
    expect(revoked.body.data.revokeApiKey).toMatchObject({ prefix: apiKey.prefix, revokedReason: "left the post" });
    expect(revoked.body.data.revokeApiKey.revokedAt).not.toBeNull();
    const refused = await gql(`{ viewer { anonymous } }`, {}, token);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    // Revoking again keeps the first record.
    expect((await gql(REVOKE, { prefix: apiKey.prefix, reason: "again" }, admin)).body.data.revokeApiKey.revokedReason).toBe("left the post");
  });

  it("lists partners with their roles (two statements after the key lookup)", async () => {
    const r = await gql(`{ partners { key name createdAt roles } }`, {}, admin);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.partners).toEqual(expect.arrayContaining([expect.objectContaining({ key: "organisation:gcr2p", roles: ["ADMIN"] }), expect.objectContaining({ key: "state:GH", roles: ["READER"] })]));
    expect(r.body.extensions.sql.statements).toBe(3);
  });

  it("refuses partners without ADMIN (FORBIDDEN) and requests without a key (UNAUTHENTICATED), changing nothing", async () => {
    const before = await hub.ds.query(`SELECT COUNT(*) AS n FROM api_key`);
    for (const [token, status, code] of [[reader, 403, "FORBIDDEN"], [undefined, 401, "UNAUTHENTICATED"]] as const) {
      for (const [query, variables] of [[`{ partners { key } }`, {}], [KEYS, {}], [CREATE, { input: { partner: "GH", role: "ADMIN" } }], [REVOKE, { prefix: admin.slice(4, 12) }]] as const) {
        const r = await gql(query, variables, token);
        expect(r.status, query).toBe(status);
        expect(r.body.data ?? null).toBeNull();
        expect(r.body.errors.map((e: any) => e.extensions.code)).toEqual([code]);
        expect(r.body.errors[0].message).not.toMatch(/gcr2p|apg_/);
      }
    }
    expect(await hub.ds.query(`SELECT COUNT(*) AS n FROM api_key`)).toEqual(before);
    expect((await gql(`{ viewer { anonymous } }`, {}, admin)).status).toBe(200);
  });

  it("names the argument at fault for bad input", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ partner: "state:ZZ" }, "input.partner"],
      [{ partner: `network:${slug}` }, "input.partner"],
      [{ partner: "GH", role: "ADMIN", scope: "state:GH" }, "input.scope"],
      [{ partner: "GH", role: "STEWARD", scope: "network:no-such-network" }, "input.scope"],
      [{ partner: "GH", expiresInDays: 100_000 }, "input.expiresInDays"],
      [{ partner: "GH", expiresInDays: 0 }, "input.expiresInDays"],
      [{ partner: "GH", label: "x".repeat(201) }, "input.label"],
    ];
    for (const [input, argumentName] of cases) {
      const r = await gql(CREATE, { input }, admin);
      expect(r.body.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    }
    for (const prefix of ["short", "ZZZZZZZZ"]) {
      expect((await gql(REVOKE, { prefix }, admin)).body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "prefix" });
    }
  });

  it("never runs a mutation from a GET, even with an admin key", async () => {
    const r = await sendGet(hub.url, { query: `mutation { revokeApiKey(prefix: "${admin.slice(4, 12)}") { prefix } }` }, bearer(admin));
    expect(r.status).toBe(405);
    expect((await gql(`{ viewer { anonymous } }`, {}, admin)).status).toBe(200);
  });
});
