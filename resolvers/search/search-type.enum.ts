import { registerEnumType } from "type-graphql";

/**
 * What a search hit is. The values are the GraphQL type names, which are also the
 * `search_entry.subject_type` the index stores and the names `loadNode` resolves.
 */
export enum SearchType {
  STATE = "State",
  ORGANISATION = "Organisation",
  NETWORK = "Network",
  MEETING = "Meeting",
  DOCUMENT = "Document",
  TREATY_PROPOSAL = "TreatyProposal",
  PERSON = "Person",
}

registerEnumType(SearchType, {
  name: "SearchType",
  description: "The kinds of object `search` can find.",
  valuesConfig: {
    STATE: { description: "A State." },
    ORGANISATION: { description: "An Organisation." },
    NETWORK: { description: "A Network." },
    MEETING: { description: "A Meeting." },
    DOCUMENT: { description: "A Document." },
    TREATY_PROPOSAL: { description: "A TreatyProposal." },
    PERSON: { description: "A Person." },
  },
});
