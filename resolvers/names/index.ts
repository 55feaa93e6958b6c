import { ActorNamesResolver, StateOfficialNameResolver } from "./actor-names.resolver";
import { ActorNameResolver } from "./actor-name.resolver";

/** Names of states and organisations in the six UN languages. */
export const NAMES_RESOLVERS: Function[] = [ActorNamesResolver, StateOfficialNameResolver, ActorNameResolver];
