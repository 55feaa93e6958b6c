import { Router } from "express";
import type { Config } from "../config";
import { exampleOperation } from "./example-operation";
import { graphiqlRoutes } from "./graphiql.routes";
import { landingPageOf } from "./landing.config";
import { schemaSdlRoute } from "./schema-sdl.route";

/**
 * The explorer's routes beside /graphql:
 * - GET /schema.graphql whenever introspection is on (the same facts introspection gives; with
 *   INTROSPECTION=false it is a 404, or the switch would be pointless);
 * - GET /graphiql and its assets unless LANDING_PAGE=off (with `sandbox`, Sandbox's page links to
 *   it, for viewers who cannot reach Apollo's CDN).
 */
export function landingRoutes(config: Pick<Config, "landingPage" | "introspection" | "http">): Router {
  const router = Router();
  const page = landingPageOf(config.landingPage);
  if (config.introspection) {
    const sdl = schemaSdlRoute(config.http);
    if (sdl) router.use(sdl);
  }
  if (page !== "off") {
    router.use(graphiqlRoutes({ defaultQuery: exampleOperation(), introspection: config.introspection, sandboxLink: page === "sandbox" }));
  }
  return router;
}
