/** The treaty resolvers. */
export const TREATY_RESOLVERS: Function[] = [];
