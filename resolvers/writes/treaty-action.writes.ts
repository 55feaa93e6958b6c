/** The treaty-action mutations (filled in by the write API work of issue 10 §3). */
export const TREATY_ACTION_WRITE_RESOLVERS: Function[] = [];
