import { execute, type GraphQLSchema } from "graphql";
import { LocalGraphQLDataSource } from "@apollo/gateway";
import type { Context } from "../context";
import { isIncomingOperation, type ProcessOptions } from "./incoming-operation";

/**
 * The hub's own subgraph, in process: the gateway's fetches to it run on the same request context
 * (the same DataLoaders, statement counter and deadline) with no HTTP hop, and the limits, the
 * rate limit and the logs count the supergraph operation once, at the gateway. The planner hands
 * over the fetch as a parsed document it built from an operation already validated against the
 * supergraph, so it runs directly, without LocalGraphQLDataSource's parse and validate per fetch.
 */
export class HubDataSource extends LocalGraphQLDataSource<Context> {
  constructor(private readonly hubSchema: GraphQLSchema) {
    super(hubSchema);
  }

  override async process(options: ProcessOptions) {
    if (!isIncomingOperation(options) || !options.document) return super.process(options);
    return execute({
      schema: this.hubSchema,
      document: options.document,
      variableValues: options.request.variables,
      operationName: options.request.operationName,
      contextValue: options.context,
    });
  }
}
