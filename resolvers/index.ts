import { NodeResolver } from "./node/node.resolver";
import { StateResolver } from "./state/state.resolver";

/** Every resolver class in the schema. */
export const RESOLVERS = [NodeResolver, StateResolver];
