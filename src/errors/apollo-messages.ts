import type { GraphQLFormattedError } from "graphql";
import { ErrorCode } from "./error-codes";

/**
 * Client mistakes Apollo Server 5 reports without a code (so they would read as internal errors),
 * recognised by their fixed wording in its request pipeline and given the public code and a clearer
 * message. Both are answered with HTTP 400 by Apollo itself.
 */
const UNCODED: Record<string, { code: ErrorCode; message: string }> = {
  "provided sha does not match query": {
    code: ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
    message: "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query text.",
  },
  "Unsupported persisted query version": {
    code: ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
    message: "Unsupported persisted query version: this server speaks extensions.persistedQuery.version 1.",
  },
};

export function withApolloCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const known = formatted.path ? undefined : UNCODED[formatted.message];
  return known ? { ...formatted, message: known.message, extensions: { ...formatted.extensions, code: known.code } } : formatted;
}
