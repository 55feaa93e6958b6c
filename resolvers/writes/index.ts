import { PublicationResolver } from "./publication.resolver";
import { MEETING_WRITE_RESOLVERS } from "./meeting.writes";
import { DOCUMENT_WRITE_RESOLVERS } from "./document.writes";
import { TREATY_ACTION_WRITE_RESOLVERS } from "./treaty-action.writes";
import { OBSERVATION_WRITE_RESOLVERS } from "./observation.writes";
import { CITATION_WRITE_RESOLVERS } from "./citation.writes";
import { NETWORK_WRITE_RESOLVERS } from "./network.writes";
import { ImportResolver } from "./import.resolver";

/** The write API (issue 10 §3): each kind's mutations, and publishing for all of them. */
export const WRITE_RESOLVERS = [
  PublicationResolver,
  ...MEETING_WRITE_RESOLVERS,
  ...DOCUMENT_WRITE_RESOLVERS,
  ...TREATY_ACTION_WRITE_RESOLVERS,
  ...OBSERVATION_WRITE_RESOLVERS,
  ...CITATION_WRITE_RESOLVERS,
  ...NETWORK_WRITE_RESOLVERS,
  ImportResolver,
];
