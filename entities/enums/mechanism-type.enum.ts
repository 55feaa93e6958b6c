import { registerEnumType } from "type-graphql";

/** What kind of tool an international mechanism is, whatever the documents use it for. */
export enum MechanismType {
  PEER_REVIEW = "PEER_REVIEW",
  INDEPENDENT_EXPERTS = "INDEPENDENT_EXPERTS",
  COUNTRY_CONFIGURATION = "COUNTRY_CONFIGURATION",
  ACTION_PLAN = "ACTION_PLAN",
  OTHER = "OTHER",
}

registerEnumType(MechanismType, {
  name: "MechanismType",
  description: "What kind of tool an international mechanism (`Mechanism`) is (a review among states, independent experts, a country configuration, an action plan). What a document names it for is the mention's `purpose`.",
  valuesConfig: {
    PEER_REVIEW: { description: "A review of each state by the other states (e.g. the Universal Periodic Review)." },
    INDEPENDENT_EXPERTS: { description: "Independent experts with mandates to report and advise (e.g. the Special Procedures of the Human Rights Council)." },
    COUNTRY_CONFIGURATION: { description: "A body's configuration for one country on its agenda (e.g. the Peacebuilding Commission's country-specific configurations)." },
    ACTION_PLAN: { description: "An initiative or plan of action of an organisation (e.g. Rights Up Front)." },
    OTHER: { description: "Another kind of mechanism." },
  },
});
