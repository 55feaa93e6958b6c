import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Context } from "../context";

export type ProcessOptions = GraphQLDataSourceProcessOptions<Context>;
export type IncomingOperation = Extract<ProcessOptions, { incomingRequestContext: unknown }>;

/**
 * A fetch for a client's operation, as opposed to the gateway loading a subgraph's SDL or checking
 * its health. (@apollo/gateway does not export its request-kind enum; this is its value.)
 */
export const isIncomingOperation = (options: ProcessOptions): options is IncomingOperation => (options.kind as string) === "incoming operation";
