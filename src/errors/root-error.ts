import { GraphQLError } from "graphql";

/**
 * The error a resolver threw, under every GraphQLError wrapping it. graphql-js wraps it once (with
 * the field's path); in gateway mode the gateway wraps the hub's own subgraph errors once more.
 * Apollo's `unwrapResolverError` removes one layer only, which would hide a database fault or an
 * argument error from formatError behind the gateway's wrapper.
 */
export function rootErrorOf(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof GraphQLError && current.originalError; depth++) current = current.originalError;
  return current;
}
