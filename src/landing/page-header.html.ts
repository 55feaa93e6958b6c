import { escapeHtml } from "./html-escape";
import { PROJECT_TITLE } from "./landing.config";

/** What the links in the page header point to (relative to /graphql and /graphiql alike). */
export interface PageLinks {
  /** The SDL, when introspection is on (GET /schema.graphql). */
  schema?: boolean;
  /** The offline explorer (GET /graphiql). */
  graphiql?: boolean;
  /** Apollo Sandbox (GET /graphql). */
  sandbox?: boolean;
}

export const HEADER_HEIGHT_PX = 44;

/** The band above either explorer: the project's name and where to go next. */
export function pageHeader(links: PageLinks): string {
  const items = [
    links.schema ? `<a href="schema.graphql">Schema (SDL)</a>` : "",
    links.graphiql ? `<a href="graphiql">Offline explorer (GraphiQL)</a>` : "",
    links.sandbox ? `<a href="graphql">Apollo Sandbox</a>` : "",
  ].filter(Boolean);
  return `<header class="hub-header"><strong>${escapeHtml(PROJECT_TITLE)}</strong><nav>${items.join("")}</nav></header>`;
}

/** The header's style; the caller adds its nonce (Sandbox page) or serves it as is (GraphiQL page). */
export const HEADER_CSS = `
.hub-header { box-sizing: border-box; height: ${HEADER_HEIGHT_PX}px; display: flex; align-items: center; gap: 24px; padding: 0 16px;
  font: 15px/1.2 system-ui, sans-serif; background: #0b3d5c; color: #fff; }
.hub-header nav { display: flex; gap: 16px; }
.hub-header a { color: #fff; }
`;
