import { randomBytes } from "node:crypto";
import { escapeHtml, jsonForScript } from "./html-escape";
import { PROJECT_TITLE } from "./landing.config";
import { HEADER_CSS, HEADER_HEIGHT_PX, pageHeader } from "./page-header.html";

/** Apollo's embeddable Sandbox (major version 2, as Apollo Server 5's own landing page loads it). */
export const SANDBOX_SCRIPT_URL = "https://embeddable-sandbox.cdn.apollographql.com/v2/embeddable-sandbox.umd.production.min.js";

// The origins Apollo Server 5's own landing page allows in its Content-Security-Policy.
const APOLLO_CDNS = "https://apollo-server-landing-page.cdn.apollographql.com https://embeddable-sandbox.cdn.apollographql.com https://embeddable-explorer.cdn.apollographql.com";
const APOLLO_FRAMES = "https://explorer.embed.apollographql.com https://sandbox.embed.apollographql.com";

export interface SandboxPageOptions {
  /** The operation Sandbox opens with. */
  document: string;
  /** Link the SDL (introspection on). */
  schemaLink: boolean;
}

/**
 * GET /graphql for browsers: the project's name, links to the SDL and to the offline explorer,
 * and Apollo's embeddable Sandbox opened on the example operation. Apollo's own plugin cannot name
 * the project or add links (its title is "Apollo Server"), and offline it only says "you might be
 * offline"; here the fallback, shown when Apollo's CDN cannot be reached, points to GraphiQL, which
 * the hub serves itself. Telemetry from Sandbox to Apollo is off; cookies are not sent.
 */
export function sandboxPage(options: SandboxPageOptions): string {
  const nonce = randomBytes(16).toString("base64");
  const csp = [
    `script-src 'self' 'nonce-${nonce}' ${APOLLO_CDNS}`,
    `style-src 'nonce-${nonce}' ${APOLLO_CDNS} https://fonts.googleapis.com`,
    `img-src 'self' data: https://apollo-server-landing-page.cdn.apollographql.com`,
    `frame-src ${APOLLO_FRAMES}`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join("; ");
  const config = {
    target: "#embeddableSandbox",
    initialState: { document: options.document, variables: {}, headers: {}, includeCookies: false },
    hideCookieToggle: false,
    endpointIsEditable: false,
    runTelemetry: false,
    allowDynamicStyles: false,
  };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="${escapeHtml(PROJECT_TITLE)}: GraphQL API explorer">
<title>${escapeHtml(PROJECT_TITLE)}</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">
body { margin: 0; overflow: hidden; font: 15px/1.5 system-ui, sans-serif; }
${HEADER_CSS}
.fallback { padding: 1em 16px; max-width: 48em; opacity: 0; animation: fadeIn 1s 2s forwards; }
.fallback.now { animation: none; opacity: 1; }
@keyframes fadeIn { to { opacity: 1; } }
#embeddableSandbox { position: absolute; top: ${HEADER_HEIGHT_PX}px; left: 0; width: 100vw; height: calc(100vh - ${HEADER_HEIGHT_PX}px); }
#embeddableSandbox[hidden] { display: none; }
#embeddableSandbox iframe { background: #fff; width: 100%; height: 100%; border: none; }
</style>
</head>
<body>
${pageHeader({ schema: options.schemaLink, graphiql: true })}
<div class="fallback" id="fallback">
<h1>Apollo Sandbox could not be loaded</h1>
<p>Apollo Sandbox runs in your browser from Apollo's servers (embeddable-sandbox.cdn.apollographql.com), which cannot be reached from here.
This hub serves its own explorer, which needs nothing from the Internet: <a href="graphiql">open the offline explorer (GraphiQL)</a>.</p>
${options.schemaLink ? `<p>The schema, as SDL: <a href="schema.graphql">schema.graphql</a>.</p>` : ""}
</div>
<div id="embeddableSandbox"></div>
<script nonce="${nonce}" src="${SANDBOX_SCRIPT_URL}"></script>
<script nonce="${nonce}">
(function () {
  var config = ${jsonForScript(config)};
  if (!window.EmbeddedSandbox) {
    document.getElementById("fallback").className = "fallback now";
    document.getElementById("embeddableSandbox").hidden = true;
    return;
  }
  config.initialEndpoint = location.href.split("#")[0].split("?")[0];
  new window.EmbeddedSandbox(config);
})();
</script>
</body>
</html>
`;
}
