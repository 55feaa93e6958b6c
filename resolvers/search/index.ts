/** The search resolvers. */
export const SEARCH_RESOLVERS: Function[] = [];
