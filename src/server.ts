import http from "node:http";
import cors from "cors";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { hubSubgraphSchema } from "./federation/subgraph-schema";
import { isGateway } from "./federation/federation.config";
import { schemaGateway } from "./execution/schema.gateway";
import { createJitExecutor } from "./execution/jit-executor";
import { jitPlanLogger } from "./execution/jit-plan.log";
import { createContext, type Context } from "./context";
import compression from "compression";
import { createFormatError } from "./errors/format-error";
import { requestInfoOf } from "./observability/request-info";
import { requestInfoMiddleware } from "./observability/request-info.middleware";
import { createLogger, type DestinationStream, type Logger } from "./observability/logger";
import { accessLogMiddleware } from "./observability/access-log.middleware";
import { errorLogPlugin, type ErrorLogger } from "./observability/error-log.plugin";
import { operationNamePlugin } from "./observability/operation-name.plugin";
import { createMetrics, type HubMetrics } from "./observability/metrics";
import { metricsRoute } from "./observability/metrics.route";
import { requestMetricsMiddleware } from "./observability/request-metrics.middleware";
import { responseHeadersMiddleware } from "./http/response-headers.middleware";
import { cacheControlPlugin } from "./http/cache-control.plugin";
import { corsOptions } from "./http/cors.options";
import { sqlStatsPlugin } from "./plugins/sql-stats.plugin";
import { landingPagePlugin } from "./landing/landing-page.plugin";
import { landingRoutes } from "./landing/landing.routes";
import { serviceUnavailablePlugin } from "./plugins/service-unavailable.plugin";
import { createLimits } from "./limits/limits";
import { connectRedis } from "./cache/redis-client";
import { RedisApqCache } from "./cache/redis-apq.cache";
import { healthRoutes } from "./health.routes";
import { requestErrorHandler } from "./errors/request-error.handler";
import { clientErrorHandler } from "./errors/client-error.handler";
import { notFoundHandler } from "./errors/not-found.handler";
import { argumentCheckPlugin } from "./input/argument-check.plugin";
import { operationTypeRule } from "./input/operation-type.rule";
import { authenticateMiddleware, rejectUnauthenticatedMiddleware } from "./auth/authenticate.middleware";
import { viewerOf } from "./auth/viewer";
import { graphqlBodyParser } from "./imports/import-body.parser";

export interface HubServer {
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port (useful with port 0 in tests). */
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
  logger: Logger;
  /** This server's metrics (the rate limiter counts its refusals here). */
  metrics: HubMetrics;
}

export interface HubServerOptions {
  /** Receives the first internal error of every request that had some (tests collect them). */
  onInternalError?: ErrorLogger;
  /** Where log lines go instead of stdout (tests read them here). */
  logDestination?: DestinationStream;
  /** A logger to use as is (main.ts can log its start-up lines through the same one). */
  logger?: Logger;
}

/** Wires Express, Apollo Server and the plugins around an open DataSource. Listens on nothing yet. */
export async function createHubServer(ds: DataSource, config: Config, options: HubServerOptions = {}): Promise<HubServer> {
  const logger = options.logger ?? createLogger(config.logLevel, options.logDestination);
  const metrics = createMetrics(ds);
  const app = express();
  app.disable("x-powered-by");
  // Behind a proxy, req.ip (and so the rate-limit key) comes from X-Forwarded-For, for the trusted hops only.
  app.set("trust proxy", config.http.trustProxy);
  const httpServer = http.createServer(app);
  // Shared by every hub process when set: rate-limit budgets and the APQ cache.
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, (error) => logger.warn({ err: error.message }, "redis unavailable: rate limits and APQ fall back to this process's memory")) : undefined;
  const limits = createLimits(config, redis, () => metrics.rateLimited.inc());
  httpServer.on("clientError", clientErrorHandler());
  // The hub's graph is a Federation 2 subgraph: the public schema plus `_service` and `_entities`.
  // With partners (gateway mode) /graphql serves the supergraph instead, the hub's subgraph in process.
  const hub = await hubSubgraphSchema();
  const hubSchema = hub.schema;
  // Loaded only in gateway mode: @apollo/gateway and its query planner add about 35 MB of RSS.
  const federation = isGateway(config.federation) ? (await import("./federation/hub-gateway.js")).createHubGateway(config.federation, hubSchema, logger) : undefined;
  // EXECUTOR=jit: the same schema, run by compiled queries (src/execution/); gateway mode keeps its own executor.
  const jit = !federation && config.executor === "jit" ? schemaGateway(hubSchema, hub.sdl, createJitExecutor(hubSchema, { onPlan: jitPlanLogger(logger) })) : undefined;
  const apollo = new ApolloServer<Context>({
    ...(federation ? { gateway: federation.gateway } : jit ? { gateway: jit } : { schema: hubSchema }),
    logger,
    introspection: config.introspection,
    // Cuts "Did you mean …?" from validation errors; formatError does the same for the rest.
    hideSchemaDetailsFromClientErrors: !config.fieldSuggestions,
    formatError: createFormatError({ fieldSuggestions: config.fieldSuggestions }),
    parseOptions: limits.parseOptions,
    validationRules: [...limits.validationRules, operationTypeRule()],
    ...(redis ? { persistedQueries: { cache: new RedisApqCache(redis, `${config.redisKeyPrefix}apq:`) } } : {}),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // STACK.md: the cache-control plugin wraps every field resolver; we set no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      landingPagePlugin(config.landingPage, config.introspection),
      operationNamePlugin(),
      errorLogPlugin(logger, options.onInternalError),
      cacheControlPlugin(config.http.cacheMaxAgeSeconds),
      ...limits.plugins,
      argumentCheckPlugin(),
      serviceUnavailablePlugin(),
      ...(config.exposeSqlStats ? [sqlStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  // Order matters: the request id and RequestInfo first (everything after reads them), then the
  // access log (it must see every answer, even refusals), default headers, compression (it wraps
  // the response before anything writes), and only then the routes.
  app.use(requestInfoMiddleware(), accessLogMiddleware(logger), responseHeadersMiddleware());
  app.use(compression({ threshold: config.http.compressionThresholdBytes }));
  app.use(healthRoutes(ds, config.database, federation?.statuses));
  if (config.metrics) app.use(metricsRoute(metrics));
  app.use(landingRoutes(config));
  const graphql = expressMiddleware(apollo, {
    context: async ({ res }) => createContext(ds, requestInfoOf(res), viewerOf(res), config.apiKeyMaxDays),
  });
  app.use(
    "/graphql",
    ...(config.metrics ? [requestMetricsMiddleware(metrics)] : []),
    cors(corsOptions(config.http)),
    // A partner key (src/auth/) decides whose budget the rate limiter charges; a refused key is charged to the address, then answered 401.
    authenticateMiddleware(ds, logger),
    ...(limits.rateLimit ? [limits.rateLimit] : []),
    rejectUnauthenticatedMiddleware(),
    // MAX_BODY_BYTES, or IMPORT_MAX_BODY_BYTES for a lone importRecords mutation that asks for it (src/imports/).
    graphqlBodyParser(config.limits.maxBodyBytes),
    // Everything this request runs counts into its own SqlStats, through the context's view of the database.
    graphql,
  );
  app.use(notFoundHandler());
  app.use(requestErrorHandler(config.limits.maxBodyBytes));

  return {
    httpServer,
    logger,
    metrics,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
