import { SearchResolver } from "./search.resolver";
import { SearchHitResolver } from "./search-hit.resolver";

/** The search resolvers. */
export const SEARCH_RESOLVERS: Function[] = [SearchResolver, SearchHitResolver];
