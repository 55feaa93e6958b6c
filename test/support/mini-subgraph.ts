import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";

/** A throwaway partner subgraph for one test: its SDL and resolvers, on a port (0: any free one). */
export async function startMiniSubgraph(typeDefs: string, resolvers: object, port = 0): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }), plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
  return { url, port: Number(new URL(url).port), stop: () => server.stop() };
}
