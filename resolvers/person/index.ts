/** The person resolvers. */
export const PERSON_RESOLVERS: Function[] = [];
