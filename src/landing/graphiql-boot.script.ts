/**
 * The GraphiQL page's start-up script, served as a file (graphiql/assets/graphiql-boot.<hash>.js)
 * so the page's Content-Security-Policy allows scripts from the hub only, no inline code. It reads
 * its settings from the page's `application/json` element: the endpoint (relative to the page),
 * the example operation, and whether introspection is on (off: GraphiQL does not ask for the
 * schema, so no docs or completion, but queries still run).
 */
export const GRAPHIQL_BOOT_SCRIPT = `(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("graphiql-config").textContent);
  var fetcher = GraphiQL.createFetcher({ url: new URL(config.endpoint, location.href).href });
  var props = {
    fetcher: fetcher,
    defaultQuery: config.defaultQuery,
    defaultEditorToolsVisibility: false,
    shouldPersistHeaders: false,
  };
  if (!config.introspection) props.schema = null;
  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, props));
})();
`;
