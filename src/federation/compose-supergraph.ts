import type { Logger } from "../observability/logger";
import type { FederationConfig } from "./federation.config";
import { dataSources, supergraphSource } from "./hub-gateway";
import { hubSubgraphSchema } from "./subgraph-schema";
import { SubgraphStatuses } from "./subgraph-status";

/**
 * Composes the hub's subgraph with the configured partners' once, exactly as gateway mode does at
 * start (same data sources, headers and timeouts, same IntrospectAndCompose and @apollo/composition),
 * and returns the supergraph SDL: the file SUPERGRAPH_SDL serves, and that Apollo Router or Hive
 * Gateway load. The hub's entry points at `federation.hubUrl` (HUB_SUBGRAPH_URL): where a router
 * reaches a hub serving its own subgraph. Throws with the composition errors when it does not compose.
 */
export async function composeSupergraph(federation: FederationConfig, logger: Logger): Promise<string> {
  const hubSchema = (await hubSubgraphSchema()).schema;
  const source = supergraphSource({ ...federation, supergraphSdlPath: undefined, pollIntervalMs: 0 }, logger, () => false);
  if (typeof source === "string") throw new Error("unreachable: composition always introspects");
  const { supergraphSdl, cleanup } = await source.initialize({
    update: () => undefined,
    healthCheck: async () => undefined,
    getDataSource: dataSources(federation, hubSchema, new SubgraphStatuses()),
  });
  await cleanup?.();
  const names = [federation.hubName, ...federation.subgraphs.map((s) => s.name)].join(", ");
  return `# Supergraph composed by \`npm run compose\` (@apollo/composition) from the subgraphs ${names}.\n# Serve it with SUPERGRAPH_SDL, Apollo Router (--supergraph) or Hive Gateway (supergraph).\n\n${supergraphSdl}\n`;
}
