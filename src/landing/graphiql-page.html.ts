import { escapeHtml, jsonForScript } from "./html-escape";
import { PROJECT_TITLE } from "./landing.config";
import { ASSET_PREFIX, graphiqlAssets } from "./graphiql-assets";
import { HEADER_CSS, HEADER_HEIGHT_PX, pageHeader } from "./page-header.html";

export interface GraphiqlPageOptions {
  defaultQuery: string;
  /** Introspection on: GraphiQL loads the schema (docs, completion) and the header links the SDL. */
  introspection: boolean;
  /** Link to Apollo Sandbox on GET /graphql (when that is the landing page). */
  sandboxLink: boolean;
}

/**
 * Everything this page loads comes from the hub: scripts and styles from graphiql/assets/, queries
 * to graphql (both relative, so the page works at /graphiql, as the /graphql landing page, and
 * behind a proxy that adds a path prefix). Scripts from the hub only; styles may be inline
 * (CodeMirror sets style attributes); fonts are data: URLs inside GraphiQL's CSS.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** The offline explorer: GraphiQL opened on the example operation, under the project's header. */
export function graphiqlPage(options: GraphiqlPageOptions): string {
  const assets = graphiqlAssets();
  const src = (file: string) => ASSET_PREFIX + file;
  const config = { endpoint: "graphql", defaultQuery: options.defaultQuery, introspection: options.introspection };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(GRAPHIQL_CSP)}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(PROJECT_TITLE)}: GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${src(assets.css.file)}">
<style>
body { margin: 0; overflow: hidden; }
${HEADER_CSS}
#graphiql { height: calc(100vh - ${HEADER_HEIGHT_PX}px); }
</style>
</head>
<body>
${pageHeader({ schema: options.introspection, sandbox: options.sandboxLink })}
<div id="graphiql">Loading the explorer…</div>
<script id="graphiql-config" type="application/json">${jsonForScript(config)}</script>
<script src="${src(assets.react.file)}"></script>
<script src="${src(assets.reactDom.file)}"></script>
<script src="${src(assets.graphiql.file)}"></script>
<script src="${src(assets.boot.file)}"></script>
</body>
</html>
`;
}
