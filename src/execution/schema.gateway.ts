import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Context } from "../context";
import type { OperationExecutor } from "./jit-executor";

type GatewayInterface = ApolloServerOptionsWithGateway<Context>["gateway"];
type SchemaListener = Parameters<GatewayInterface["onSchemaLoadOrUpdate"]>[0];

/**
 * Apollo Server's only supported way to replace graphql-js's `execute` is the gateway interface:
 * the gateway hands Apollo a schema and an executor, and Apollo calls the executor inside its normal
 * pipeline, so parsing, validation, every plugin hook, didEncounterErrors, formatError and the HTTP
 * status rules apply to its result like to any other. (A plugin's `responseForOperation` could
 * answer too, but Apollo sends that answer as is: no error formatting, no didEncounterErrors.)
 * This "gateway" serves one fixed, in-process schema: the very schema the hub serves without it,
 * federation fields included, so the SDL, introspection, `_service` and `_entities` are unchanged.
 * It never reloads, so `stop` has nothing to do.
 */
export function schemaGateway(schema: GraphQLSchema, sdl: string, executor: OperationExecutor): GatewayInterface {
  const listeners = new Set<SchemaListener>();
  return {
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load() {
      // Apollo subscribes before it loads and reads the schema from this call.
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: sdl });
      return {
        executor: (request) =>
          executor({
            document: request.document,
            operation: request.operation,
            queryHash: request.queryHash,
            operationName: request.request.operationName,
            variables: request.request.variables,
            contextValue: request.context,
          }),
      };
    },
    async stop() {},
  };
}
