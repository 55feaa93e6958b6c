/** The organisation resolvers. */
export const ORGANISATION_RESOLVERS: Function[] = [];
