import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { growData } from "../bench/grow-data";
import { DocumentActor } from "../entities/document-actor.entity";
import { OrganisationMembership } from "../entities/organisation-membership.entity";
import { RegionalGroupMembership } from "../entities/regional-group-membership.entity";
import { TreatyAction } from "../entities/treaty-action.entity";
import { startTestHub, type TestHub } from "./support/test-server";
import { walkConnection } from "./support/walk-connection";

/**
 * The connections added beside the remaining plain lists: `State`/`Organisation.documentsConnection`
 * (each document once per actor, whatever its roles), `State.organisationsConnection`,
 * `Organisation.membershipsConnection`, `RegionalGroup.membersConnection`, and
 * `TreatyProposal.signatoriesConnection`/`partiesConnection` (cut in memory from the derived lists).
 * As in nested-paging.test.ts: statement counts pinned, per-parent cursors walked both ways and
 * newest first, per-parent totals, and the pages together hold exactly the plain list.
 */
let hub: TestHub;
beforeAll(async () => { hub = await startTestHub(); });
afterAll(async () => { await hub?.close(); });

const walk = (query: string, vars: Record<string, unknown>, of: (data: any) => any, item: (node: any) => string, backward: boolean, size: number) => walkConnection(hub, query, vars, of, item, backward, size);
const sorted = (list: string[]) => [...list].sort();
const day = (d: any) => d?.earliest ?? "9999-12-31";
const ok = async (query: string, vars?: Record<string, unknown>) => { const res = await hub.gql(query, vars); expect(res.errors).toBeUndefined(); return res; };
const PAGE_VARS = "$first: Int, $last: Int, $after: String, $before: String, $dir: OrderDirection = ASC";
const PAGE = "first: $first, last: $last, after: $after, before: $before";
const PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

const ACTOR_DOCUMENTS = (root: string) => /* GraphQL */ `
  query ActorDocuments($key: String!, ${PAGE_VARS}, $field: DocumentOrderField = DATE) {
    actor: ${root === "state" ? "state(code: $key)" : "organisation(key: $key)"} {
      documents { id }
      documentsConnection(orderBy: { field: $field, direction: $dir }, ${PAGE}) { totalCount edges { cursor node { id title date { earliest } } } ${PAGE_INFO} }
    }
  }
`;
const docsOf = (data: any) => data.actor.documentsConnection;
const docId = (d: any) => d.id;

describe("State.documentsConnection and Organisation.documentsConnection", () => {
  it("agree with the plain lists for every state and organisation, in one page statement (+1 for totalCount) per level", async () => {
    const res = await ok(`{
      states(first: 100) { nodes { documents { id } documentsConnection(first: 1) { totalCount nodes { id } } signed: documents(roles: [SIGNATORY]) { id } signedPage: documentsConnection(roles: [SIGNATORY], first: 1) { totalCount } none: documentsConnection(roles: []) { totalCount nodes { id } } } }
      organisations(first: 100) { nodes { documents { id } documentsConnection(first: 1) { totalCount nodes { id } } } }
    }`);
    const actors = [...res.data.states.nodes, ...res.data.organisations.nodes];
    for (const a of actors) {
      expect(a.documentsConnection.totalCount).toBe(a.documents.length);
      expect(a.documentsConnection.nodes).toEqual(a.documents.slice(0, 1));
    }
    for (const s of res.data.states.nodes) {
      expect(s.signedPage.totalCount).toBe(s.signed.length);
      expect(s.none).toEqual({ totalCount: 0, nodes: [] });
    }
    expect(actors.some((a) => a.documents.length > 1)).toBe(true);
    expect((await ok(`{ states(first: 100) { nodes { documentsConnection(first: 2) { nodes { id } } } } }`)).statements).toBe(2);
    expect((await ok(`{ organisations(first: 100) { nodes { documentsConnection(first: 2) { totalCount nodes { id title } } } } }`)).statements).toBe(3);
  });

  it("lists a document once for an actor named on it in two roles (DISTINCT across roles)", async () => {
    const docs = (await ok(`{ documents(first: 100) { nodes { id authors { ...A } signatories { ...A } dissociations { ...A } } } } fragment A on Actor { ... on State { alpha3 } }`)).data.documents.nodes;
    const twice: { code: string; doc: string }[] = [];
    for (const d of docs) {
      const named = [...d.authors, ...d.signatories, ...d.dissociations].map((a: any) => a.alpha3).filter(Boolean);
      for (const code of new Set(named)) if (named.filter((c: string) => c === code).length > 1) twice.push({ code: code as string, doc: d.id });
    }
    expect(twice.length).toBeGreaterThan(0);
    for (const { code, doc } of twice) {
      const page = docsOf((await ok(ACTOR_DOCUMENTS("state"), { key: code, first: 100 })).data);
      const ids = page.edges.map((e: any) => e.node.id);
      expect(ids.filter((id: string) => id === doc)).toHaveLength(1);
      expect(new Set(ids).size).toBe(ids.length);
      const plain = (await ok(ACTOR_DOCUMENTS("state"), { key: code, first: 0 })).data.actor.documents.map(docId);
      expect(page.totalCount).toBe(plain.length);
      // Cursors step over the document named twice, one item at a time, both ways.
      expect(await walk(ACTOR_DOCUMENTS("state"), { key: code }, docsOf, docId, false, 1)).toEqual(plain);
      expect(await walk(ACTOR_DOCUMENTS("state"), { key: code }, docsOf, docId, true, 1)).toEqual(plain);
    }
  });

  it("walks an organisation's documents forwards and backwards in the plain list's order, newest first, and by title", async () => {
    const orgs = (await ok(`{ organisations(first: 100) { nodes { key documentsConnection(first: 0) { totalCount } } } }`)).data.organisations.nodes;
    const org = [...orgs].sort((a: any, b: any) => b.documentsConnection.totalCount - a.documentsConnection.totalCount)[0];
    expect(org.documentsConnection.totalCount).toBeGreaterThan(3);
    const vars = { key: org.key };
    const query = ACTOR_DOCUMENTS("organisation");
    const plain = (await ok(query, { ...vars, first: 0 })).data.actor.documents.map(docId);
    const forward = await walk(query, vars, docsOf, docId, false, 2);
    expect(forward).toEqual(plain);
    expect(await walk(query, vars, docsOf, docId, true, 2)).toEqual(plain);
    expect(await walk(query, { ...vars, dir: "DESC" }, docsOf, docId, false, 2)).toEqual([...plain].reverse());
    expect(await walk(query, { ...vars, dir: "DESC" }, docsOf, docId, true, 3)).toEqual([...plain].reverse());
    const newest = await walk(query, { ...vars, dir: "DESC" }, docsOf, (d) => day(d.date), false, 2);
    expect(newest).toEqual(sorted(newest).reverse());
    const byTitle = await walk(query, { ...vars, field: "TITLE" }, docsOf, docId, false, 2);
    expect(sorted(byTitle)).toEqual(sorted(plain));
    expect(await walk(query, { ...vars, field: "TITLE" }, docsOf, docId, true, 2)).toEqual(byTitle);
  });
});

const STATE_ORGANISATIONS = /* GraphQL */ `
  query StateOrganisations($code: String!, ${PAGE_VARS}) {
    state(code: $code) {
      organisations { status organisation { key } }
      organisationsConnection(orderBy: { field: START_DATE, direction: $dir }, ${PAGE}) { totalCount edges { cursor node { status start { earliest } organisation { key } } } ${PAGE_INFO} }
    }
  }
`;
const orgMembership = (m: any) => `${m.organisation.key}|${m.status}`;

describe("State.organisationsConnection and Organisation.membershipsConnection", () => {
  it("agree with the plain lists for every state and organisation, the organisations loaded with the page", async () => {
    const res = await ok(`{
      states(first: 100) { nodes { organisations { status organisation { key } } organisationsConnection(first: 10) { totalCount nodes { status organisation { key } } }
        old: organisations(asOf: "1995-01-01") { status } oldPage: organisationsConnection(asOf: "1995-01-01", first: 1) { totalCount } } }
      organisations(first: 100) { nodes { memberships { status organisation { key } } membershipsConnection(first: 10) { totalCount nodes { status organisation { key } } } } }
    }`);
    for (const s of res.data.states.nodes) {
      expect(s.organisationsConnection.totalCount).toBe(s.organisations.length);
      expect(sorted(s.organisationsConnection.nodes.map(orgMembership))).toEqual(sorted(s.organisations.map(orgMembership)));
      expect(s.oldPage.totalCount).toBe(s.old.length);
    }
    for (const o of res.data.organisations.nodes) {
      expect(o.membershipsConnection.totalCount).toBe(o.memberships.length);
      expect(sorted(o.membershipsConnection.nodes.map(orgMembership))).toEqual(sorted(o.memberships.map(orgMembership)));
    }
    expect(res.data.organisations.nodes.some((o: any) => o.memberships.length > 0)).toBe(true);
    expect(res.data.states.nodes.some((s: any) => s.old.length > 0 && s.old.length < s.organisations.length)).toBe(true);
    // The states page, one page statement that also loads the organisations joined, one grouped count.
    expect((await ok(`{ states(first: 100) { nodes { organisationsConnection(first: 2) { totalCount nodes { organisation { key } } } } } }`)).statements).toBe(3);
    expect((await ok(`{ organisations(first: 100) { nodes { membershipsConnection(first: 2) { nodes { organisation { key } } } } } }`)).statements).toBe(2);
  });

  it("walks a state's memberships forwards, backwards and newest first, per state", async () => {
    const states = (await ok(`{ states(first: 100) { nodes { alpha3 organisationsConnection(first: 0) { totalCount } } } }`)).data.states.nodes;
    const busiest = [...states].sort((a: any, b: any) => b.organisationsConnection.totalCount - a.organisationsConnection.totalCount).slice(0, 2);
    expect(busiest[1].organisationsConnection.totalCount).toBeGreaterThan(3);
    const of = (data: any) => data.state.organisationsConnection;
    for (const { alpha3 } of busiest) {
      const plain = (await ok(STATE_ORGANISATIONS, { code: alpha3, first: 0 })).data.state.organisations.map(orgMembership);
      const forward = await walk(STATE_ORGANISATIONS, { code: alpha3 }, of, orgMembership, false, 2);
      expect(sorted(forward)).toEqual(sorted(plain));
      expect(await walk(STATE_ORGANISATIONS, { code: alpha3 }, of, orgMembership, true, 2)).toEqual(forward);
      expect(await walk(STATE_ORGANISATIONS, { code: alpha3, dir: "DESC" }, of, orgMembership, false, 2)).toEqual([...forward].reverse());
      expect(await walk(STATE_ORGANISATIONS, { code: alpha3, dir: "DESC" }, of, orgMembership, true, 3)).toEqual([...forward].reverse());
      const starts = await walk(STATE_ORGANISATIONS, { code: alpha3 }, of, (m) => day(m.start), false, 2);
      expect(starts).toEqual(sorted(starts));
    }
  });
});

const GROUP_MEMBERS = /* GraphQL */ `
  query GroupMembers($key: String!, ${PAGE_VARS}, $field: RegionalGroupMemberOrderField = STATE_NAME, $roles: [RegionalGroupRole!]) {
    regionalGroup(key: $key) {
      members(roles: $roles) { role state { name } }
      membersConnection(roles: $roles, orderBy: { field: $field, direction: $dir }, ${PAGE}) { totalCount edges { cursor node { role start { earliest } state { name } } } ${PAGE_INFO} }
    }
  }
`;
const groupMember = (m: any) => `${m.state.name}|${m.role}`;
const membersOf = (data: any) => data.regionalGroup.membersConnection;

describe("RegionalGroup.membersConnection", () => {
  it("agrees with the plain list per group and role filter, the states loaded with the page", async () => {
    const res = await ok(`{ regionalGroups { key members { role state { name } } membersConnection(first: 100) { totalCount nodes { role state { name } } }
      few: members(roles: [OBSERVER, TEMPORARY_MEMBER]) { role } fewPage: membersConnection(roles: [TEMPORARY_MEMBER, OBSERVER], first: 1) { totalCount nodes { role } }
      none: membersConnection(roles: []) { totalCount } } }`);
    for (const g of res.data.regionalGroups) {
      expect(g.membersConnection.totalCount).toBe(g.members.length);
      expect(sorted(g.membersConnection.nodes.map(groupMember))).toEqual(sorted(g.members.map(groupMember)));
      expect(g.fewPage.totalCount).toBe(g.few.length);
      expect(g.none.totalCount).toBe(0);
    }
    expect(res.data.regionalGroups.some((g: any) => g.few.length > 0)).toBe(true);
    // The groups, one page statement with the states, one grouped count.
    expect((await ok(`{ regionalGroups { membersConnection(first: 10) { totalCount nodes { role state { name } } } } }`)).statements).toBe(3);
    expect((await ok(`{ regionalGroups { membersConnection(first: 10) { nodes { state { name } } } } }`)).statements).toBe(2);
  });

  it("walks a group's members by state name and by start date, both ways and reversed", async () => {
    const key = "WESTERN_EUROPEAN_AND_OTHERS";
    const plain = (await ok(GROUP_MEMBERS, { key, first: 0 })).data.regionalGroup.members.map(groupMember);
    expect(plain.length).toBeGreaterThan(20);
    const byName = await walk(GROUP_MEMBERS, { key }, membersOf, groupMember, false, 7);
    expect(sorted(byName)).toEqual(sorted(plain));
    expect(await walk(GROUP_MEMBERS, { key }, membersOf, groupMember, true, 7)).toEqual(byName);
    expect(await walk(GROUP_MEMBERS, { key, dir: "DESC" }, membersOf, groupMember, false, 7)).toEqual([...byName].reverse());
    const byStart = await walk(GROUP_MEMBERS, { key, field: "START_DATE" }, membersOf, groupMember, false, 5);
    expect(sorted(byStart)).toEqual(sorted(plain));
    expect(await walk(GROUP_MEMBERS, { key, field: "START_DATE" }, membersOf, groupMember, true, 5)).toEqual(byStart);
    expect(await walk(GROUP_MEMBERS, { key, field: "START_DATE", dir: "DESC" }, membersOf, groupMember, true, 5)).toEqual([...byStart].reverse());
    const starts = await walk(GROUP_MEMBERS, { key, field: "START_DATE" }, membersOf, (m) => day(m.start), false, 5);
    expect(starts).toEqual(sorted(starts));
    const roles = ["OBSERVER", "TEMPORARY_MEMBER"];
    const few = (await ok(GROUP_MEMBERS, { key, roles, first: 0 })).data.regionalGroup.members.map(groupMember);
    expect(sorted(await walk(GROUP_MEMBERS, { key, roles }, membersOf, groupMember, false, 1))).toEqual(sorted(few));
  });
});

const TREATY_STANDING = /* GraphQL */ `
  query TreatyStanding($slug: String!, ${PAGE_VARS}, $asOf: Date) {
    treatyProposal(slug: $slug) {
      signatories(asOf: $asOf) { signedOn { earliest } actor { name } }
      parties(asOf: $asOf) { consentType consentedOn { earliest } actor { name } }
      signatoriesConnection(asOf: $asOf, orderBy: { field: DATE, direction: $dir }, ${PAGE}) { totalCount edges { cursor node { signedOn { earliest } actor { name } } } ${PAGE_INFO} }
      partiesConnection(asOf: $asOf, orderBy: { field: DATE, direction: $dir }, first: 100) { totalCount nodes { consentType consentedOn { earliest } actor { name } } }
    }
  }
`;
const signatory = (s: any) => `${s.actor.name}|${day(s.signedOn)}`;
const signatoriesOf = (data: any) => data.treatyProposal.signatoriesConnection;
const SLUG = "ljubljana-the-hague-convention";

describe("TreatyProposal.signatoriesConnection and partiesConnection", () => {
  it("walk the derived lists in the plain lists' order, both ways and newest first, with totals", async () => {
    for (const asOf of [null, "2024-06-01"]) {
      const treaty = (await ok(TREATY_STANDING, { slug: SLUG, asOf, first: 0 })).data.treatyProposal;
      const plain = treaty.signatories.map(signatory);
      expect(treaty.signatoriesConnection.totalCount).toBe(plain.length);
      expect(treaty.partiesConnection.totalCount).toBe(treaty.parties.length);
      expect(treaty.partiesConnection.nodes).toEqual(treaty.parties);
      expect(await walk(TREATY_STANDING, { slug: SLUG, asOf }, signatoriesOf, signatory, false, 7)).toEqual(plain);
      expect(await walk(TREATY_STANDING, { slug: SLUG, asOf }, signatoriesOf, signatory, true, 7)).toEqual(plain);
      expect(await walk(TREATY_STANDING, { slug: SLUG, asOf, dir: "DESC" }, signatoriesOf, signatory, false, 6)).toEqual([...plain].reverse());
      expect(await walk(TREATY_STANDING, { slug: SLUG, asOf, dir: "DESC" }, signatoriesOf, signatory, true, 6)).toEqual([...plain].reverse());
    }
    const count = async (asOf: string | null) => (await ok(TREATY_STANDING, { slug: SLUG, first: 0, asOf })).data.treatyProposal.signatories.length;
    expect(await count(null)).toBeGreaterThan(Math.max(20, await count("2024-06-01")));
  });

  it("cost the statements of the plain lists, totalCount included", async () => {
    const plain = await ok(`{ treatyProposals(first: 10) { nodes { signatories { signedOn { earliest } actor { name } } parties { consentType } } } }`);
    const paged = await ok(`{ treatyProposals(first: 10) { nodes { signatoriesConnection(first: 5) { totalCount nodes { signedOn { earliest } actor { name } } } partiesConnection(first: 5) { totalCount nodes { consentType } } } } }`);
    expect(paged.statements).toBe(plain.statements);
    expect(paged.statements).toBe(3);
  });

  it("resumes after a cursor whose row has left the list by its date alone", async () => {
    const cursor = (value: string) => Buffer.from(JSON.stringify(["DATE", value, 2_000_000_000])).toString("base64url");
    const plain = (await ok(TREATY_STANDING, { slug: SLUG, first: 0 })).data.treatyProposal.signatories;
    const middle = day(plain[Math.floor(plain.length / 2)].signedOn);
    const later = plain.filter((s: any) => day(s.signedOn) > middle).map(signatory);
    expect(later.length).toBeGreaterThan(0);
    const page = async (vars: Record<string, unknown>) => signatoriesOf((await ok(TREATY_STANDING, { slug: SLUG, ...vars })).data).edges.map((e: any) => signatory(e.node));
    expect(await page({ first: 100, after: cursor(middle) })).toEqual(later);
    expect(await page({ last: 100, before: cursor(middle) })).toEqual(plain.filter((s: any) => day(s.signedOn) < middle).map(signatory));
    // Newest first, "after" means earlier.
    expect(await page({ first: 100, after: cursor(middle), dir: "DESC" })).toEqual(plain.filter((s: any) => day(s.signedOn) < middle).map(signatory).reverse());
  });
});

describe("bad paging arguments on the new connections", () => {
  const forged = (payload: unknown[]) => Buffer.from(JSON.stringify(payload)).toString("base64url");
  const cases: [string, string, Record<string, unknown>][] = [
    ["documentsConnection", ACTOR_DOCUMENTS("state"), { key: "DEU" }],
    ["organisationsConnection", STATE_ORGANISATIONS, { code: "DEU" }],
    ["membersConnection", GROUP_MEMBERS, { key: "AFRICAN" }],
    ["signatoriesConnection", TREATY_STANDING, { slug: SLUG }],
  ];
  it.each(cases)("%s refuses bad cursors, sizes and a cursor of another ordering as BAD_USER_INPUT", async (_name, query, vars) => {
    for (const [args, argument] of [
      [{ after: "not-a-cursor" }, "after"],
      [{ last: 1, before: "bm9wZQ" }, "before"],
      [{ after: forged(["DATE", 5, 1]) }, "after"],
      [{ after: forged(["START_DATE", 5, 1]) }, "after"],
      [{ after: forged(["LISTED", "2020-01-01", 1]) }, "after"],
      [{ first: 101 }, "first"],
      [{ first: 1, last: 1 }, "last"],
    ] as const) {
      const res = await hub.gql(query, { ...vars, ...args });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: argument });
    }
  });
});

describe("as the data grows", () => {
  // Last: it doubles the edge rows. Each query runs on its own: in one request, which states an
  // earlier page happens to have loaded already (and so spares a later level) depends on the data.
  it("keeps each connection's statement count, and a document named twice on the same terms still counts once", async () => {
    const QUERIES = [
      `{ states(first: 100) { nodes { documentsConnection(first: 3) { totalCount nodes { id } } } } }`,
      `{ states(first: 100) { nodes { organisationsConnection(first: 3) { totalCount nodes { organisation { key } } } } } }`,
      `{ regionalGroups { membersConnection(first: 5) { totalCount nodes { state { name } } } } }`,
      `{ treatyProposals(first: 5) { nodes { signatoriesConnection(first: 5) { totalCount nodes { actor { name } } } partiesConnection { totalCount } } } }`,
    ];
    const run = async () => { const out = []; for (const q of QUERIES) out.push(await ok(q)); return out; };
    const before = await run();
    expect(before.map((r) => r.statements)).toEqual([3, 3, 3, 3]);
    await growData(hub.ds, 2, [DocumentActor, OrganisationMembership, RegionalGroupMembership, TreatyAction]);
    const after = await run();
    expect(after.map((r) => r.statements)).toEqual([3, 3, 3, 3]);
    const totals = (res: any, list: string) => res.data.states.nodes.map((s: any) => s[list].totalCount);
    expect(totals(after[0], "documentsConnection")).toEqual(totals(before[0], "documentsConnection"));
    expect(totals(after[1], "organisationsConnection")).toEqual(totals(before[1], "organisationsConnection").map((n: number) => 2 * n));
    expect(after[2].data.regionalGroups.map((g: any) => g.membersConnection.totalCount)).toEqual(before[2].data.regionalGroups.map((g: any) => 2 * g.membersConnection.totalCount));
    // Signatories and parties are one per actor, however many copies of its actions there are.
    expect(after[3].data).toEqual(before[3].data);
  });
});
