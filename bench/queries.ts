/**
 * The queries the benchmark runs. NESTED is also the statement-count guarantee of
 * test/nested-query.test.ts: four lists deep, networks → memberships → a state's meetings →
 * each meeting's participants.
 */
export const NESTED_QUERY = /* GraphQL */ `
  query Nested {
    networks(first: 10) {
      nodes {
        slug
        memberships {
          status
          member {
            __typename
            name
            ... on State {
              alpha3
              meetings {
                role
                meeting {
                  title
                  participants { role actor { __typename name } }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** A page of 100 states, each with its places in UN regional groups. */
export const STATES_PAGE_QUERY = /* GraphQL */ `
  query StatesPage {
    states(first: 100) {
      totalCount
      nodes { name alpha3 regionalGroups { role start { iso } group { key name } } }
    }
  }
`;

/** The Ljubljana–The Hague Convention's signatories, derived from its treaty actions. */
export const TREATY_SIGNATORIES_QUERY = /* GraphQL */ `
  query TreatySignatories {
    treatyProposal(slug: "ljubljana-the-hague-convention") {
      signatoryCount
      signatories { signedOn { iso } actor { __typename name } }
    }
  }
`;

/** Full-text search with snippets. */
export const SEARCH_QUERY = /* GraphQL */ `
  query Search {
    search(query: "focal points", first: 20) {
      totalCount
      nodes { type score snippet node { id } }
    }
  }
`;

export const BENCH_QUERIES: { name: string; query: string }[] = [
  { name: "nested networks → memberships → meetings → participants", query: NESTED_QUERY },
  { name: "states page of 100 with regional groups", query: STATES_PAGE_QUERY },
  { name: "treaty signatories (LHC)", query: TREATY_SIGNATORIES_QUERY },
  { name: `search "focal points" (20 hits)`, query: SEARCH_QUERY },
];
