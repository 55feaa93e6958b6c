import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { exampleOperation } from "./example-operation";
import { graphiqlPage } from "./graphiql-page.html";
import { landingPageOf, type LandingPage } from "./landing.config";
import { sandboxPage } from "./sandbox-page.html";

/**
 * What GET /graphql answers a browser (Accept: text/html), whatever NODE_ENV says: exploring the
 * graph is part of the product. `sandbox`: a page rendered per request (fresh CSP nonce);
 * `graphiql`: the offline explorer, rendered once; `off`: Apollo's "disabled" plugin, so no HTML.
 */
export function landingPagePlugin(choice: LandingPage | boolean, introspection: boolean): ApolloServerPlugin {
  const page = landingPageOf(choice);
  if (page === "off") return ApolloServerPluginLandingPageDisabled();
  const document = exampleOperation();
  const html =
    page === "sandbox"
      ? async () => sandboxPage({ document, schemaLink: introspection })
      : graphiqlPage({ defaultQuery: document, introspection, sandboxLink: false });
  return {
    async serverWillStart() {
      return { renderLandingPage: async () => ({ html }) };
    },
  };
}
