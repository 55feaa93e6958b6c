import { registerEnumType } from "type-graphql";

/** The kind of a network or group of states and organisations. */
export enum NetworkKind {
  FOCAL_POINT_NETWORK = "FOCAL_POINT_NETWORK",
  GROUP_OF_FRIENDS = "GROUP_OF_FRIENDS",
  CORE_GROUP = "CORE_GROUP",
  INITIATIVE = "INITIATIVE",
}

registerEnumType(NetworkKind, {
  name: "NetworkKind",
  description: "The kind of a network or group of states and organisations.",
  valuesConfig: {
    FOCAL_POINT_NETWORK: { description: "A network of national focal points (R2P, WPS)." },
    GROUP_OF_FRIENDS: { description: "An informal group of friends at the UN." },
    CORE_GROUP: { description: "A small group that leads an initiative." },
    INITIATIVE: { description: "A diplomatic initiative with supporting states." },
  },
});
