/** The document resolvers. */
export const DOCUMENT_RESOLVERS: Function[] = [];
