/** The meeting resolvers. */
export const MEETING_RESOLVERS: Function[] = [];
