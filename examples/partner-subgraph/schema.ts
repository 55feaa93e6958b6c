/**
 * The partner's subgraph schema. It links to Federation 2 and imports only the directives it uses.
 *
 * - `State @key(fields: "alpha3")` extends the hub's states, joined by ISO alpha-3 code: the
 *   registry adds its own fields, the hub keeps everything else.
 * - `Organisation` and `Meeting` are references to hub entities by their stable `key`
 *   (`resolvable: false`: this subgraph never resolves them, it only points at them).
 * - Fields added to hub types are nullable: when this subgraph is down, the hub answers them
 *   null and keeps the rest of the state (a non-null field would null the whole state instead).
 */
export const typeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  "A state, as the hub describes it, with what this registry knows about it."
  type State @key(fields: "alpha3") {
    "The ISO 3166-1 alpha-3 code, the key both graphs share."
    alpha3: String!
    "National mechanisms for the prevention of atrocity crimes recorded for this state (empty when none is)."
    preventionMechanisms: [PreventionMechanism!]
    "Whether the registry records at least one national mechanism for this state."
    hasNationalMechanism: Boolean
  }

  "An organisation of the hub, referred to by its stable key."
  type Organisation @key(fields: "key", resolvable: false) {
    key: String!
  }

  "A meeting of the hub, referred to by its stable key."
  type Meeting @key(fields: "key", resolvable: false) {
    key: String!
  }

  "What kind of national mechanism it is."
  enum MechanismKind {
    "A national committee for the prevention of genocide and mass atrocities."
    NATIONAL_COMMITTEE
    "A national focal point for the Responsibility to Protect."
    R2P_FOCAL_POINT
    "A national peace or reconciliation council."
    PEACE_COUNCIL
    "A national early-warning and response system."
    EARLY_WARNING_SYSTEM
  }

  "A national mechanism for the prevention of genocide and other atrocity crimes."
  type PreventionMechanism @key(fields: "id") {
    "This registry's id."
    id: ID!
    name: String!
    kind: MechanismKind!
    "The year it was established, when known."
    establishedYear: Int
    "The state it belongs to (resolved by the hub)."
    state: State!
    "Organisations that support it (resolved by the hub)."
    supportedBy: [Organisation!]!
    "The meeting where it was presented to peers, if any (resolved by the hub)."
    presentedAt: Meeting
  }

  type Query {
    "Every mechanism in the registry, optionally of one kind."
    preventionMechanisms(kind: MechanismKind): [PreventionMechanism!]!
    "One mechanism by id; null when none has it."
    preventionMechanism(id: ID!): PreventionMechanism
  }
`;
