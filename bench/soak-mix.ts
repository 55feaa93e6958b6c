import { SEARCH_QUERY, STATES_PAGE_QUERY, TREATY_SIGNATORIES_QUERY } from "./queries";

/**
 * The request mix of the soak (bench/soak.ts and test/soak.test.ts): what partners send, in the
 * proportions they send it. Each case is one fixed request with a spot check of its content; the
 * runner (bench/soak-runner.ts) also requires every later answer to equal the first one.
 */
export interface SoakRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface SoakAnswer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string; argumentName?: string } }[] };
}

export interface SoakCase {
  name: string;
  /** How many times it appears in one round of the mix. */
  weight: number;
  request: SoakRequest;
  /** A problem with the answer, or undefined when it is right. */
  check(answer: SoakAnswer): string | undefined;
}

/** Ids and cursors the mix needs, read from the hub itself so they hold on any database. */
export interface SoakFixtures {
  stateIds: { id: string; name: string }[];
  networkIds: { id: string; slug: string }[];
  /** `endCursor` of pages 1..n of states by name (25 a page), with the first name on the next page. */
  statePages: { after: string; firstName: string }[];
}

export const FIXTURES_QUERY = /* GraphQL */ `
  query SoakFixtures($after: String) {
    states(filter: { codes: ["GHA", "BEL", "XK", "JPN"] }, orderBy: { field: ALPHA3, direction: ASC }) { nodes { id name } }
    networks(first: 3) { nodes { id slug } }
    page: states(first: 25, after: $after, orderBy: { field: NAME, direction: ASC }) { nodes { name } pageInfo { endCursor } }
  }
`;

const ok = (answer: SoakAnswer): string | undefined =>
  answer.status !== 200 || answer.body.errors ? `HTTP ${answer.status} ${JSON.stringify(answer.body.errors).slice(0, 300)}` : undefined;

/** A case whose answer must be data without errors, passing `test` (a description of what is wrong, or undefined). */
function data(name: string, weight: number, request: SoakRequest, test: (data: any) => string | false | undefined): SoakCase {
  return { name, weight, request, check: (a) => ok(a) ?? (test(a.body.data) || undefined) };
}

/** A bad input that must get its coded error (and the argument it names, when given), never an internal error. */
function refused(name: string, request: SoakRequest, status: number, code: string, argumentName?: string): SoakCase {
  return {
    name,
    weight: 1,
    request,
    check: ({ status: got, body }) => {
      const error = body.errors?.[0];
      if (got !== status || error?.extensions?.code !== code) return `expected HTTP ${status} ${code}, got HTTP ${got} ${JSON.stringify(body.errors ?? body.data).slice(0, 300)}`;
      if (argumentName && error.extensions.argumentName !== argumentName) return `expected argumentName ${argumentName}, got ${error.extensions.argumentName}`;
      return undefined;
    },
  };
}

const is = (label: string, got: unknown, expected: unknown) => got !== expected && `${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;

const STATE = `query State($code: String!) { state(code: $code) { id name alpha2 alpha3 unStatus region subregion regionalGroups { role group { key } } } }`;
const STATE_PROFILE = `query StateProfile($code: String!) {
  state(code: $code) {
    name
    organisations { status start { iso } organisation { key acronym } }
    networkMemberships { status network { slug } }
    meetings { role level status meeting { key title start { iso } } }
    treatyActions { type date { iso } treatyProposal { slug } }
  }
}`;
const STATES_BY_NAME_PAGE = `query StatesPage($after: String) { states(first: 25, after: $after, orderBy: { field: NAME, direction: ASC }) { pageInfo { hasNextPage endCursor } edges { cursor node { name alpha3 } } } }`;
const NODE = `query Node($id: ID!) { node(id: $id) { id __typename ... on State { name } ... on Network { slug name } } }`;
const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on State { name } ... on Network { slug } } }`;
// Nested queries a partner can send under the default cost limits (bench/queries.ts's NESTED_QUERY,
// networks → memberships → meetings → participants, is priced far above them).
export const NESTED_NETWORKS = `{ networks(first: 5) { nodes { slug memberships { status member { __typename name ... on State { alpha3 regionalGroups { role group { key } } } } } } } }`;
export const NESTED_STATE_MEETINGS = `{ state(code: "GHA") { name meetings { role meeting { title participants { role level actor { __typename name } } } } } }`;
// The paged form a partner sends (PartnerNested, smaller): one page statement per level.
export const NESTED_PAGES = `{ networks(first: 3) { nodes { slug membershipsConnection(first: 5) { pageInfo { endCursor } nodes { member { ... on State { alpha3
  meetingsConnection(first: 2, orderBy: { field: MEETING_START, direction: DESC }) { totalCount nodes { meeting { key participantsConnection(first: 3) { nodes { role actor { name } } } } } } } } } } } } }`;
const SEARCH = `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { totalCount nodes { type matchedField score snippet node { id __typename } } } }`;

/** The mix: about 60% lookups, 25% root lists (filters, paging), 10% nested and search, 5% bad inputs. */
export function soakMix(f: SoakFixtures): SoakCase[] {
  const stateNames: [string, string][] = [["GHA", "Ghana"], ["bel", "Belgium"], ["XK", "Kosovo"], ["jpn", "Japan"], ["BRA", "Brazil"], ["fr", "France"]];
  return [
    ...stateNames.map(([code, name]) => data(`state(${code})`, 3, { query: STATE, variables: { code } }, (d) => is("name", d.state?.name, name))),
    data("state(ZZZ) is null", 1, { query: STATE, variables: { code: "ZZZ" } }, (d) => is("state", d.state, null)),
    data("state profile (GHA)", 2, { query: STATE_PROFILE, variables: { code: "GHA" } }, (d) => !d.state.organisations.some((o: any) => o.organisation.acronym === "AU") && "Ghana is in the AU"),
    data("organisation(acronym: AU)", 2, { query: `{ organisation(acronym: "au") { key name members { status member { name } } } }` }, (d) => d.organisation?.members?.length < 50 && "AU has over 50 members"),
    data("organisation(key: eu)", 2, { query: `{ organisation(key: "eu") { acronym members(asOf: "2020-06-01") { member { ... on State { alpha3 } } } } }` }, (d) => is("EU members on 2020-06-01", d.organisation?.members?.length, 27)),
    data("network leadership 2021", 2, { query: `{ network(slug: "wps-focal-points") { name leadership(role: CO_CHAIR, year: 2021) { label holders { actor { name } } } } }` }, (d) => !d.network?.leadership?.length && "WPS co-chairs in 2021"),
    data("regional group members", 2, { query: `{ regionalGroup(key: "western_european_and_others") { name memberCount(asOf: "2020-01-01") members(asOf: "2020-01-01") { role state { alpha3 } } } }` }, (d) => !d.regionalGroup?.members?.some((m: any) => m.state.alpha3 === "BEL") && "Belgium is in WEOG"),
    data("treaty signatories", 2, { query: TREATY_SIGNATORIES_QUERY }, (d) => is("signatoryCount", d.treatyProposal?.signatoryCount, 40)),
    data("states page 1 by name", 2, { query: STATES_BY_NAME_PAGE }, (d) => is("first state", d.states.edges[0]?.node.name, "Afghanistan")),
    ...f.statePages.map((p, i) => data(`states page ${i + 2} by name`, 1, { query: STATES_BY_NAME_PAGE, variables: { after: p.after } }, (d) => is("first state", d.states.edges[0]?.node.name, p.firstName))),
    data("states in Africa", 2, { query: `{ states(filter: { region: "Africa" }, first: 10) { totalCount nodes { name subregion } } }` }, (d) => d.states.totalCount < 50 && "Africa has over 50 states"),
    data("R2P focal points that signed the LHC", 1, { query: `{ states(filter: { memberOfNetwork: "r2p-focal-points", signedTreaty: "ljubljana-the-hague-convention" }, first: 100) { totalCount nodes { alpha3 treatyActions(treaty: "ljubljana-the-hague-convention") { type } } } }` }, (d) => !d.states.totalCount && "some signed"),
    data("organisations of Ghana", 2, { query: `{ organisations(filter: { memberState: "GHA" }, first: 50) { totalCount nodes { key acronym kind } } }` }, (d) => !d.organisations.nodes.some((o: any) => o.acronym === "ECOWAS") && "Ghana is in ECOWAS"),
    data("first R2P focal points meeting", 1, { query: `{ meetings(filter: { network: "r2p-focal-points" }, orderBy: { field: START_DATE, direction: ASC }, first: 1) { nodes { title start { iso } hosts { name } participants { role level status actor { name } } } } }` }, (d) => !d.meetings.nodes[0]?.participants?.length && "participants"),
    data("documents of 2014", 1, { query: `{ documents(filter: { kinds: [NATIONAL_STATEMENT], from: "2014-01-01", to: "2014-12-31" }, first: 5) { nodes { title authors { name } commitments(kinds: [PROPOSAL]) { text } } } }` }, (d) => !d.documents.nodes.some((n: any) => n.authors.some((a: any) => a.name === "Belgium")) && "Belgium's 2014 statement"),
    data("networks with members on a day", 1, { query: `{ networks(first: 20) { nodes { slug members(asOf: "2016-12-31") { __typename name } } } }` }, (d) => !d.networks.nodes.some((n: any) => n.slug === "r2p-focal-points") && "R2P focal points network"),
    data("people", 1, { query: `{ people(first: 10) { totalCount nodes { id name } } }` }, (d) => !d.people.nodes.length && "people"),
    data("states page of 100 with regional groups", 1, { query: STATES_PAGE_QUERY }, (d) => is("totalCount", d.states.totalCount, 196)),
    data("nested networks → members → groups", 1, { query: NESTED_NETWORKS }, (d) => !d.networks.nodes.some((n: any) => n.memberships.some((m: any) => m.member.regionalGroups?.length)) && "members' groups"),
    data("nested state → meetings → participants", 1, { query: NESTED_STATE_MEETINGS }, (d) => !d.state.meetings.some((m: any) => m.meeting.participants.length > 5) && "participants"),
    data("nested pages networks → memberships → meetings → participants", 2, { query: NESTED_PAGES }, (d) => is("networks", d.networks.nodes.length, 3)),
    data("meetings hosted by GH (natural key)", 1, { query: `{ meetings(filter: { host: "GH" }, first: 5) { totalCount nodes { title } } }` }, (d) => !d.meetings.totalCount && "Ghana hosted meetings"),
    data("Germany's names in French and Russian", 1, { query: `{ state(code: "DE") { fr: name(lang: FR) ru: name(lang: RU) } }` }, (d) => is("French name", d.state?.fr, "Allemagne")),
    data("attended the first R2P meeting and signed the LHC", 1, { query: `{ states(filter: { attended: { meeting: "r2p-fp-2011-new-york" }, signedTreaty: "ljubljana-the-hague-convention" }, first: 50) { totalCount } }` }, (d) => is("states", d.states.totalCount, 13)),
    data("Denmark's meetings once each, with roles", 1, { query: `{ state(code: "DK") { attendedMeetings(first: 10) { totalCount edges { roles node { key } } } } }` }, (d) => is("meetings", d.state.attendedMeetings.totalCount, 5)),
    data("the planned 2012 meeting and its realisation", 1, { query: `{ meetings(filter: { network: "r2p-focal-points", status: [PLANNED] }) { nodes { key start { precision } realisedAs { key } } } }` }, (d) => is("realised as", d.meetings.nodes[0]?.realisedAs?.key, "r2p-fp-2012-new-york")),
    data("Belgium's early-warning tools", 1, { query: `{ mechanisms(filter: { namedBy: "BEL", purpose: EARLY_WARNING }) { nodes { name organisation { key } } } }` }, (d) => is("tools", d.mechanisms.nodes.length, 4)),
    data("the four crimes", 1, { query: `{ crimes { crime name documents { key } } }` }, (d) => is("crimes", d.crimes.length, 4)),
    data("the 2011 ministerial disagreement", 1, { query: `{ meetings(filter: { series: "R2P_ANNUAL_MINISTERIAL_MEETING", ungaSession: 66 }, first: 1) { nodes { observations { metric value conflicts { value } } } } }` }, (d) =>
      is("conflicts of 14 ministers", d.meetings.nodes[0]?.observations.find((o: any) => o.metric === "MINISTERS")?.conflicts.length, 1),
    ),
    data(`search "focal points"`, 1, { query: SEARCH_QUERY }, (d) => !d.search.nodes.some((h: any) => h.snippet.includes("<mark>")) && "highlighted snippets"),
    ...["responsibility to protect", "mutual legal assist", "Ghana"].map((q) =>
      data(`search "${q}"`, 1, { query: SEARCH, variables: { query: q, first: 10 } }, (d) => !d.search.totalCount && "hits"),
    ),
    ...f.stateIds.slice(0, 2).map((s) => data(`node(${s.name})`, 1, { query: NODE, variables: { id: s.id } }, (d) => is("name", d.node?.name, s.name))),
    ...f.networkIds.slice(0, 1).map((n) => data(`node(${n.slug})`, 1, { query: NODE, variables: { id: n.id } }, (d) => is("slug", d.node?.slug, n.slug))),
    data("nodes(mixed)", 2, { query: NODES, variables: { ids: [...f.stateIds.map((s) => s.id), ...f.networkIds.map((n) => n.id)] } }, (d) =>
      is("names", d.nodes.map((n: any) => n?.name ?? n?.slug).join(), [...f.stateIds.map((s) => s.name), ...f.networkIds.map((n) => n.slug)].join()),
    ),
    refused("states(first: 1000)", { query: `{ states(first: 1000) { nodes { name } } }` }, 200, "BAD_USER_INPUT", "first"),
    refused("meeting(id: not a global id)", { query: `{ meeting(id: "not-a-global-id") { title } }` }, 200, "BAD_USER_INPUT", "id"),
    refused("impossible date in a variable", { query: `query($d: Date) { meetings(filter: { from: $d }, first: 1) { totalCount } }`, variables: { d: "2021-02-30" } }, 400, "BAD_USER_INPUT", "filter.from"),
    refused("unknown field", { query: `{ states(first: 2) { nodes { nickname } } }` }, 400, "GRAPHQL_VALIDATION_FAILED"),
    refused("not GraphQL", { query: `{ states(first: 2) { nodes { name }` }, 400, "GRAPHQL_PARSE_FAILED"),
  ];
}

/** Reads the fixtures the mix needs (ids, page cursors) through `send`. */
export async function soakFixtures(send: (request: SoakRequest) => Promise<SoakAnswer>): Promise<SoakFixtures> {
  const first = await send({ query: FIXTURES_QUERY });
  const problem = ok(first);
  if (problem) throw new Error(`soak fixtures: ${problem}`);
  const statePages: SoakFixtures["statePages"] = [];
  let after = first.body.data.page.pageInfo.endCursor as string;
  while (statePages.length < 3) {
    const page = await send({ query: FIXTURES_QUERY, variables: { after } });
    statePages.push({ after, firstName: page.body.data.page.nodes[0].name });
    after = page.body.data.page.pageInfo.endCursor;
  }
  return { stateIds: first.body.data.states.nodes, networkIds: first.body.data.networks.nodes, statePages };
}
