import { GraphQLError, type SourceLocation } from "graphql";

/**
 * graphql-jit reports field errors with its own GraphQLError: a subclass by prototype, but built
 * without graphql-js's constructor, so it has no `nodes` and, when the cause carried no extensions
 * (a plain Error, a null in a non-null field), no `extensions` object at all. Apollo reads
 * `error.extensions.code` while formatting and, on that TypeError, replaces the error with a bare
 * "Internal server error" that skips the hub's formatError (no error id, no path). Each error is
 * rebuilt here the way graphql-js's `locatedError` builds it, so formatError, the error log and
 * the tests see the same objects under both executors.
 */
export function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  const original = error.originalError;
  // locatedError keeps an error that already knows its place in the response as it is.
  if (original instanceof GraphQLError && Array.isArray(original.path)) return original;
  if (original instanceof GraphQLError && original.nodes) {
    return new GraphQLError(error.message, { nodes: original.nodes, source: original.source, positions: original.positions, path: error.path, originalError: original });
  }
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: original ?? undefined });
  // graphql-js derives locations from AST nodes, which graphql-jit does not keep; it computed them at compile time.
  (rebuilt as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return rebuilt;
}
