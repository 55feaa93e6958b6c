import { registerEnumType } from "type-graphql";

/** The status of an actor inside a network. */
export enum MembershipStatus {
  FOUNDING_MEMBER = "FOUNDING_MEMBER",
  MEMBER = "MEMBER",
  OBSERVER = "OBSERVER",
  PARTNER = "PARTNER",
}

registerEnumType(MembershipStatus, {
  name: "MembershipStatus",
  description: "The status of an actor inside a network.",
  valuesConfig: {
    FOUNDING_MEMBER: { description: "Joined when the network was founded." },
    MEMBER: { description: "A member." },
    OBSERVER: { description: "Takes part as an observer." },
    PARTNER: { description: "Joined as a partner or facilitator rather than as an ordinary member." },
  },
});
