import fs from "node:fs";
import { ApolloGateway, IntrospectAndCompose, type GraphQLDataSource } from "@apollo/gateway";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "../observability/logger";
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, type FederationConfig, type SubgraphConfig } from "./federation.config";
import { HubDataSource } from "./hub.datasource";
import { PartnerDataSource } from "./partner.datasource";
import { SubgraphStatuses } from "./subgraph-status";

export interface HubGateway {
  gateway: ApolloGateway;
  statuses: SubgraphStatuses;
}

/**
 * One data source per subgraph: the hub's own in process, partners over HTTP with their configured
 * headers and timeout. A partner named in a supergraph file but not in the configuration gets the
 * URL from the file, no headers and the default timeout.
 */
export function dataSources(federation: FederationConfig, hubSchema: GraphQLSchema, statuses: SubgraphStatuses) {
  const configured = new Map(federation.subgraphs.map((s) => [s.name, s]));
  return ({ name, url }: { name: string; url?: string }): GraphQLDataSource<Record<string, any>> => {
    if (name === federation.hubName) return new HubDataSource(hubSchema) as GraphQLDataSource<Record<string, any>>;
    const subgraph: SubgraphConfig = configured.get(name) ?? { name, url: url ?? "", headers: {}, forwardHeaders: [], timeoutMs: DEFAULT_SUBGRAPH_TIMEOUT_MS };
    return new PartnerDataSource(subgraph, statuses) as GraphQLDataSource<Record<string, any>>;
  };
}

/**
 * How the hub finds its supergraph. Static (SUPERGRAPH_SDL): a file composed ahead (`npm run
 * compose`, or by the partners' own tooling), so a partner's change or outage never changes the
 * schema. Dynamic: @apollo/gateway's IntrospectAndCompose asks every subgraph for its SDL and
 * composes them with @apollo/composition at start (a composition error, naming the subgraphs and
 * the conflict, stops the start) and again every poll interval (a change that does not compose is
 * logged and the last good supergraph stays).
 */
export function supergraphSource(federation: FederationConfig, logger: Logger, started: () => boolean): string | IntrospectAndCompose {
  if (federation.supergraphSdlPath) {
    const sdl = fs.readFileSync(federation.supergraphSdlPath, "utf8");
    if (!sdl.includes(`@join__graph(name: "${federation.hubName}"`)) {
      throw new Error(`SUPERGRAPH_SDL ${federation.supergraphSdlPath} has no subgraph named "${federation.hubName}" (the hub's own; see HUB_SUBGRAPH_NAME)`);
    }
    return sdl;
  }
  return new IntrospectAndCompose({
    subgraphs: [{ name: federation.hubName, url: federation.hubUrl }, ...federation.subgraphs.map(({ name, url }) => ({ name, url }))],
    pollIntervalInMs: federation.pollIntervalMs || undefined,
    logger: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.info(message),
      warn: (message: string) => logger.warn(message),
      error: (message: string) => logger.error(started() ? `${message}\nThe hub keeps serving the last supergraph that composed.` : message),
    },
  });
}

/** The gateway that serves the supergraph on /graphql (gateway mode). */
export function createHubGateway(federation: FederationConfig, hubSchema: GraphQLSchema, logger: Logger): HubGateway {
  const statuses = new SubgraphStatuses();
  statuses.up(federation.hubName);
  let started = false;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSource(federation, logger, () => started) as never,
    buildService: dataSources(federation, hubSchema, statuses),
    logger,
  });
  gateway.onSchemaLoadOrUpdate(() => {
    if (started) logger.info("supergraph updated: a subgraph changed and the new supergraph composed");
    started = true;
  });
  return { gateway, statuses };
}
