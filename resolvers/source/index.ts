import { SourceLinkResolver } from "./source-link.resolver";
import { SourcedResolver } from "./sourced.resolver";
import { State } from "../../entities/state.entity";
import { EDGE_SOURCE_RESOLVERS } from "./edge-sources.resolvers";

/** Citations and the `sources` field of State; other areas add SourcedResolver(...) in their own index. */
export const SOURCE_RESOLVERS: Function[] = [SourceLinkResolver, SourcedResolver(State, "State"), ...EDGE_SOURCE_RESOLVERS];
