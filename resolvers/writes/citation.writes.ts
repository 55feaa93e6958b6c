/** The citation mutations (filled in by the write API work of issue 10 §3). */
export const CITATION_WRITE_RESOLVERS: Function[] = [];
