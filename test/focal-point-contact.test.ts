import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestHub, type TestHub } from "./support/test-server";
import { bearer, issueKey, send } from "./support/partner-keys";

// Field-level contact data (issue 10 §2): a member's focal point contact is readable by the
// network's current members, its stewards and administrators only; null for everyone else.
const NET = "r2p-focal-points";
const CONTACTS = `query($slug: String!) { network(slug: $slug) { memberships { id member { ... on State { alpha2 } ... on Organisation { key } } contact { email phone office version } } } }`;
const SET = `mutation($membership: ID!, $version: Int, $input: FocalPointContactInput!) { setFocalPointContact(membership: $membership, version: $version, input: $input) { id contact { email phone office version } } }`;
const GHANA = { email: "r2p.focalpoint@mfa.gov.gh", phone: "+233 30 266 4951", office: "Ministry of Foreign Affairs, Accra" };

describe("focal point contacts", () => {
  let hub: TestHub;
  let member: string;
  let outsider: string;
  let steward: string;
  let admin: string;
  let ids: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => send(hub.url, { query, variables }, token ? bearer(token) : {});
  const contacts = async (token?: string) => {
    const r = await gql(CONTACTS, { slug: NET }, token);
    expect(r.body.errors).toBeUndefined();
    const byMember = Object.fromEntries(r.body.data.network.memberships.map((m: any) => [m.member.alpha2 ?? m.member.key, m.contact]));
    return { byMember, statements: r.body.extensions.sql.statements as number };
  };
  const stored = async () => Number((await hub.ds.query(`SELECT COUNT(*) AS n FROM focal_point_contact`))[0].n);

  beforeAll(async () => {
    hub = await startTestHub();
    // Ghana is a current (published, open-ended) member of the network; Kenya is not.
    member = await issueKey(hub, { partner: "state:GH", role: "CONTRIBUTOR", scope: "state:GH" });
    outsider = await issueKey(hub, { partner: "state:KE", role: "CONTRIBUTOR", scope: "state:KE" });
    steward = await issueKey(hub, { partner: "org:gcr2p", role: "STEWARD", scope: `network:${NET}` });
    admin = await issueKey(hub, { partner: "org:oas", role: "ADMIN" });
    const r = await gql(CONTACTS, { slug: NET });
    ids = Object.fromEntries(r.body.data.network.memberships.map((m: any) => [m.member.alpha2 ?? m.member.key, m.id]));
  });
  afterAll(async () => hub?.close());

  // Statements per viewer before any contact is stored; they must not change once some are.
  const baseline = new Map<string | undefined, number>();

  it("reads every contact of a page in one statement, with or without contacts stored", async () => {
    for (const token of [member, steward, admin, outsider, undefined]) {
      const before = await contacts(token);
      expect(Object.values(before.byMember).every((c) => c === null)).toBe(true);
      baseline.set(token, before.statements);
    }
    // The network, its memberships, their contacts, their member states and organisations; a key adds its lookup.
    expect(baseline.get(undefined)).toBe(5);
    expect(baseline.get(member)).toBe(6);
    expect(baseline.get(steward)).toBe(6);
  });

  it("lets the member's own contributor set its contact; members and the steward read it, others get null", async () => {
    const created = await gql(SET, { membership: ids.GH, input: GHANA }, member);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.setFocalPointContact).toEqual({ id: ids.GH, contact: { ...GHANA, version: 1 } });
    // The steward sets another member's, so the page holds two.
    const dk = await gql(SET, { membership: ids.DK, input: { email: "fp@um.dk" } }, steward);
    expect(dk.body.data.setFocalPointContact.contact).toEqual({ email: "fp@um.dk", phone: null, office: null, version: 1 });

    for (const token of [member, steward, admin]) {
      const seen = await contacts(token);
      expect(seen.byMember.GH).toEqual({ ...GHANA, version: 1 });
      expect(seen.byMember.DK).toMatchObject({ email: "fp@um.dk" });
      expect(seen.byMember.BE).toBeNull();
      expect(seen.statements).toBe(baseline.get(token));
    }
    for (const token of [outsider, undefined]) {
      const seen = await contacts(token);
      expect(Object.values(seen.byMember).every((c) => c === null)).toBe(true);
      expect(seen.statements).toBe(baseline.get(token));
    }
  });

  it("refuses writers outside the member and the network's stewards, and bad input, writing nothing", async () => {
    const before = await stored();
    const forbidden = await gql(SET, { membership: ids.BE, input: { email: "x@kenya.example" } }, outsider);
    expect(forbidden.body.errors[0].extensions.code).toBe("FORBIDDEN");
    // Ghana's contributor is scoped to Ghana: Belgium's contact is not its to set.
    expect((await gql(SET, { membership: ids.BE, input: { email: "x@ghana.example" } }, member)).body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await gql(SET, { membership: ids.BE, input: { email: "x@ghana.example" } })).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const bad = await gql(SET, { membership: ids.BE, input: { email: "Belgian focal point", phone: "02 501 81 11" } }, steward);
    expect(bad.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.email" });
    expect(bad.body.errors[0].extensions.problems.map((p: { path: string }) => p.path)).toEqual(["input.email", "input.phone"]);
    const empty = await gql(SET, { membership: ids.BE, input: {} }, steward);
    expect(empty.body.errors[0].extensions.argumentName).toBe("input.email");
    const wrongId = await gql(SET, { membership: "TmV0d29yazox", input: { email: "a@b.org" } }, steward);
    expect(wrongId.body.errors[0].extensions.argumentName).toBe("membership");
    expect(await stored()).toBe(before);
  });

  it("replaces a contact at the version read; a stale or missing version is a CONFLICT", async () => {
    const before = await stored();
    const missing = await gql(SET, { membership: ids.GH, input: { email: "new@mfa.gov.gh" } }, member);
    expect(missing.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", argumentName: "version", currentVersion: 1 });
    const updated = await gql(SET, { membership: ids.GH, version: 1, input: { ...GHANA, phone: "+233-30-266-0000" } }, member);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.setFocalPointContact.contact).toEqual({ ...GHANA, phone: "+233-30-266-0000", version: 2 });
    const stale = await gql(SET, { membership: ids.GH, version: 1, input: GHANA }, steward);
    expect(stale.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    expect(await stored()).toBe(before);
    expect((await contacts(steward)).byMember.GH.phone).toBe("+233-30-266-0000");
  });

  it("keeps contact changes out of the change feed for non-members", async () => {
    const FEED = `{ changes(first: 50, types: ["FocalPointContact"]) { nodes { action subjectId changedFields next } } }`;
    const seen = await gql(FEED, {}, member);
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data.changes.nodes.map((c: any) => c.action)).toEqual(["CREATED", "CREATED", "UPDATED"]);
    expect(seen.body.data.changes.nodes[2]).toMatchObject({ changedFields: expect.arrayContaining(["phone", "version"]), next: expect.objectContaining({ phone: "+233-30-266-0000" }) });
    for (const token of [outsider, undefined]) {
      const hidden = await gql(FEED, {}, token);
      expect(hidden.body.errors).toBeUndefined();
      expect(hidden.body.data.changes.nodes).toEqual([]);
      // Nor under the membership they belong to.
      const near = await gql(`{ changes(first: 100, types: ["FocalPointContact", "NetworkMembership"]) { nodes { subjectId next } } }`, {}, token);
      expect(JSON.stringify(near.body)).not.toContain("mfa.gov.gh");
    }
  });
});
