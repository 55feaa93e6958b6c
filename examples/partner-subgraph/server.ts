import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { resolvers } from "./resolvers";
import { typeDefs } from "./schema";

/** What one request brought: its headers (lower-case names) and its GraphQL text. */
export interface ReceivedRequest {
  headers: Record<string, string>;
  query: string;
}

export interface PartnerSubgraph {
  url: string;
  stop(): Promise<void>;
}

/**
 * An example partner subgraph: a national registry of atrocity-prevention mechanisms. A real
 * Apollo Server subgraph, as small as one can be; copy this folder and replace data.ts with your
 * own store. `onRequest` sees every request (log it, or count it, as the hub's tests do).
 */
export async function startPartnerSubgraph(options: { port?: number; host?: string; onRequest?: (request: ReceivedRequest) => void } = {}): Promise<PartnerSubgraph> {
  const recorder: ApolloServerPlugin = {
    async requestDidStart({ request }) {
      options.onRequest?.({ headers: Object.fromEntries(request.http?.headers ?? []), query: request.query ?? "" });
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }),
    // Inline traces serve Apollo GraphOS usage reporting, which the hub does not use; turn them back on if your router reports.
    plugins: [recorder, ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: options.port ?? 4001, host: options.host ?? "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}

// `node dist/examples/partner-subgraph/server.js` (PORT, HOST): then point the hub at it, e.g.
// PARTNER_SUBGRAPHS=registry=http://127.0.0.1:4001/ npm start
if (require.main === module) {
  startPartnerSubgraph({ port: Number(process.env.PORT ?? 4001), host: process.env.HOST ?? "127.0.0.1" })
    .then(({ url }) => console.log(`partner subgraph (atrocity-prevention mechanisms registry) ready at ${url}`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
