/**
 * What a browser sees on GET /graphql (LANDING_PAGE):
 * - `sandbox`: Apollo Sandbox, loaded from Apollo's CDN by the viewer's browser, under a header that
 *   names the project and links to the SDL and to the offline explorer (the default);
 * - `graphiql`: GraphiQL, served entirely by the hub (works where Apollo's CDN cannot be reached);
 * - `off`: no page, no offline explorer.
 * `true` and `false` (the switch's old values) still mean `sandbox` and `off`.
 */
export const LANDING_PAGES = ["sandbox", "graphiql", "off"] as const;
export type LandingPage = (typeof LANDING_PAGES)[number];

const ON = ["true", "1", "yes", "on"];
const OFF = ["false", "0", "no", "off"];

/** Parses LANDING_PAGE; unset is `sandbox`. An unknown value stops the start, naming the accepted ones. */
export function landingPageFrom(value: string | undefined): LandingPage {
  const v = value?.trim().toLowerCase();
  if (!v) return "sandbox";
  if (ON.includes(v)) return "sandbox";
  if (OFF.includes(v)) return "off";
  if ((LANDING_PAGES as readonly string[]).includes(v)) return v as LandingPage;
  throw new Error(`LANDING_PAGE must be one of ${LANDING_PAGES.join(", ")} (or true/false) (got ${JSON.stringify(value)})`);
}

/** Config built in code (tests, embedders) may still pass the old boolean. */
export function landingPageOf(value: LandingPage | boolean | undefined): LandingPage {
  if (value === undefined || value === true) return "sandbox";
  if (value === false) return "off";
  return value;
}

/** The page names the project the way the schema's root type does. */
export const PROJECT_TITLE = "The partner graph for atrocity prevention";
