import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";

/**
 * Apollo Sandbox on GET /graphql for browsers, whatever NODE_ENV says: exploring the graph is part
 * of the product. The page's scripts load from Apollo's CDN in the viewer's browser.
 */
export function landingPagePlugin(enabled: boolean): ApolloServerPlugin {
  return enabled
    ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false, footer: false })
    : ApolloServerPluginLandingPageDisabled();
}
