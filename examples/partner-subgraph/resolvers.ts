import { MECHANISMS, type MechanismRecord } from "./data";

const byState = (alpha3: string) => MECHANISMS.filter((m) => m.stateAlpha3 === alpha3);

/**
 * Resolvers. Hub entities are returned as bare keys (`{ alpha3 }`, `{ key }`): the router fetches
 * everything else about them from the hub, in one `_entities` call per step of its plan.
 */
export const resolvers = {
  Query: {
    preventionMechanisms: (_: unknown, args: { kind?: MechanismRecord["kind"] | null }) => MECHANISMS.filter((m) => !args.kind || m.kind === args.kind),
    preventionMechanism: (_: unknown, args: { id: string }) => MECHANISMS.find((m) => m.id === args.id) ?? null,
  },
  State: {
    // The router sends `{ __typename: "State", alpha3 }` for every state of a step at once.
    __resolveReference: (reference: { alpha3: string }) => ({ alpha3: reference.alpha3 }),
    preventionMechanisms: (state: { alpha3: string }) => byState(state.alpha3),
    hasNationalMechanism: (state: { alpha3: string }) => byState(state.alpha3).length > 0,
  },
  PreventionMechanism: {
    __resolveReference: (reference: { id: string }) => MECHANISMS.find((m) => m.id === reference.id) ?? null,
    state: (m: MechanismRecord) => ({ alpha3: m.stateAlpha3 }),
    supportedBy: (m: MechanismRecord) => m.supportedBy.map((key) => ({ key })),
    presentedAt: (m: MechanismRecord) => (m.presentedAt ? { key: m.presentedAt } : null),
  },
};
