/** The network resolvers. */
export const NETWORK_RESOLVERS: Function[] = [];
