/** The network mutations (filled in by the write API work of issue 10 §3). */
export const NETWORK_WRITE_RESOLVERS: Function[] = [];
