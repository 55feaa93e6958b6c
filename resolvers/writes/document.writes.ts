/** The document mutations (filled in by the write API work of issue 10 §3). */
export const DOCUMENT_WRITE_RESOLVERS: Function[] = [];
