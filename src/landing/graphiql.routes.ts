import { Router } from "express";
import { ASSET_PREFIX, graphiqlAssets } from "./graphiql-assets";
import { GRAPHIQL_CSP, graphiqlPage } from "./graphiql-page.html";

/** A year: asset addresses carry their content hash, so a changed file is a new address. */
const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

/**
 * GET /graphiql: the offline explorer (HTML, not cached), and GET /graphiql/assets/<file>: the five
 * files it loads, from memory, cached for a year. Any other asset name is the hub's JSON 404.
 */
export function graphiqlRoutes(page: Parameters<typeof graphiqlPage>[0]): Router {
  const router = Router();
  const assets = graphiqlAssets();
  const html = graphiqlPage(page);
  router.get("/graphiql", (req, res) => {
    // The page's addresses are relative: from /graphiql/ they would point one level too deep.
    if (req.path.endsWith("/")) return res.redirect(301, "../graphiql");
    res.set("Content-Security-Policy", `${GRAPHIQL_CSP}; frame-ancestors 'self'`);
    res.type("html").send(html);
  });
  router.get(`/${ASSET_PREFIX}:file`, (req, res, next) => {
    const asset = assets.byFile.get(req.params.file);
    if (!asset) return next();
    res.set({ "Content-Type": asset.contentType, "Cache-Control": ASSET_CACHE_CONTROL, ETag: asset.etag });
    res.send(asset.body);
  });
  return router;
}
