import { NodeResolver } from "./node/node.resolver";
import { StateResolver } from "./state/state.resolver";
import { SOURCE_RESOLVERS } from "./source";
import { GEO_RESOLVERS } from "./geo";
import { NETWORK_RESOLVERS } from "./network";
import { MEETING_RESOLVERS } from "./meeting";
import { DOCUMENT_RESOLVERS } from "./document";
import { TREATY_RESOLVERS } from "./treaty";
import { ORGANISATION_RESOLVERS } from "./organisation";
import { PERSON_RESOLVERS } from "./person";
import { SEARCH_RESOLVERS } from "./search";
import { NAMES_RESOLVERS } from "./names";
import { ATROCITY_RESOLVERS } from "./atrocity";
import { AUTH_RESOLVERS } from "../src/auth/graphql";
import { HISTORY_RESOLVERS } from "./history";
import { WRITE_RESOLVERS } from "./writes";

/** Every resolver class in the schema; each area lists its own in `<area>/index.ts`. */
export const RESOLVERS = [
  NodeResolver,
  StateResolver,
  ...SOURCE_RESOLVERS,
  ...GEO_RESOLVERS,
  ...NETWORK_RESOLVERS,
  ...MEETING_RESOLVERS,
  ...DOCUMENT_RESOLVERS,
  ...TREATY_RESOLVERS,
  ...ORGANISATION_RESOLVERS,
  ...PERSON_RESOLVERS,
  ...SEARCH_RESOLVERS,
  ...NAMES_RESOLVERS,
  ...ATROCITY_RESOLVERS,
  ...AUTH_RESOLVERS,
  ...HISTORY_RESOLVERS,
  ...WRITE_RESOLVERS,
];
