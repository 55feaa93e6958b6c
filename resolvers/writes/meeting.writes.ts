/** The meeting mutations (filled in by the write API work of issue 10 §3). */
export const MEETING_WRITE_RESOLVERS: Function[] = [];
