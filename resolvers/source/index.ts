import { SourceLinkResolver } from "./source-link.resolver";
import { SourcedResolver } from "./sourced.resolver";
import { State } from "../../entities/state.entity";

/** Citations and the `sources` field of State; other areas add SourcedResolver(...) in their own index. */
export const SOURCE_RESOLVERS: Function[] = [SourceLinkResolver, SourcedResolver(State, "State")];
