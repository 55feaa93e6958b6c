/** The observation mutations (filled in by the write API work of issue 10 §3). */
export const OBSERVATION_WRITE_RESOLVERS: Function[] = [];
