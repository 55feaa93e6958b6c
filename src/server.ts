import http from "node:http";
import cors from "cors";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { createSchema } from "./schema";
import { createContext, type Context } from "./context";
import { createFormatError, type ErrorLogger } from "./errors/format-error";
import { randomUUID } from "node:crypto";
import { withSqlStats } from "./db/statement-counter";
import { attachRequestInfo, requestInfoOf } from "./observability/request-info";
import { sqlStatsPlugin } from "./plugins/sql-stats.plugin";
import { landingPagePlugin } from "./plugins/landing-page.plugin";
import { depthLimitRule } from "./plugins/depth-limit.rule";
import { healthRoutes } from "./health.routes";
import { requestErrorHandler } from "./errors/request-error.handler";

export interface HubServer {
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port (useful with port 0 in tests). */
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Wires Express, Apollo Server and the plugins around an open DataSource. Listens on nothing yet. */
export async function createHubServer(ds: DataSource, config: Config, logError?: ErrorLogger): Promise<HubServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: true,
    formatError: createFormatError(logError),
    validationRules: [depthLimitRule()],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // STACK.md: the cache-control plugin wraps every field resolver; we set no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      landingPagePlugin(config.landingPage),
      ...(config.exposeSqlStats ? [sqlStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(ds));
  const graphql = expressMiddleware(apollo, {
    context: async ({ res }) => createContext(ds, requestInfoOf(res)),
  });
  app.use(
    "/graphql",
    cors({ origin: config.corsOrigins === "*" ? true : config.corsOrigins }),
    express.json({ limit: "1mb" }),
    (req, res, next) => {
      // Everything this request runs, through DataLoader batches, counts into its own SqlStats.
      const info = attachRequestInfo(req, res, randomUUID());
      withSqlStats(info.sql, () => graphql(req, res, next));
    },
  );
  app.use(requestErrorHandler());

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
