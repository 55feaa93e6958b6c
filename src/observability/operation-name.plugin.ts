import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";

/** A GraphQL name of sensible length: anything else a client sends is not worth a log field. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Puts the operation name into the request's RequestInfo for the access log and the metrics:
 * the name the client asked for as soon as the request starts (so refused operations are named
 * too), then the name of the operation actually resolved from the document.
 */
export function operationNamePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (request.operationName && GRAPHQL_NAME.test(request.operationName)) contextValue.request.operationName = request.operationName;
      return {
        async didResolveOperation({ operationName, contextValue: context }) {
          context.request.operationName = operationName ?? undefined;
        },
      };
    },
  };
}
