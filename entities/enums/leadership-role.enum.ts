import { registerEnumType } from "type-graphql";

/** A leadership or governance role in a network. */
export enum LeadershipRole {
  CHAIR = "CHAIR",
  CO_CHAIR = "CO_CHAIR",
  TROIKA = "TROIKA",
  FACILITATING_GROUP = "FACILITATING_GROUP",
  STEERING_GROUP = "STEERING_GROUP",
  CORE_GROUP = "CORE_GROUP",
  SECRETARIAT = "SECRETARIAT",
}

registerEnumType(LeadershipRole, {
  name: "LeadershipRole",
  description: "A leadership or governance role in a network.",
  valuesConfig: {
    CHAIR: { description: "The chair." },
    CO_CHAIR: { description: "One of several co-chairs." },
    TROIKA: { description: "The troika of outgoing, current and incoming chairs." },
    FACILITATING_GROUP: { description: "The group that facilitates the network." },
    STEERING_GROUP: { description: "The steering group." },
    CORE_GROUP: { description: "The core group that leads an initiative." },
    SECRETARIAT: { description: "The secretariat that supports the network." },
  },
});
