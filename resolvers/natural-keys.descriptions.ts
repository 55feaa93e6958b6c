/**
 * How filters name states, organisations, networks and treaties, said once and quoted by every
 * filter field that takes such a name (src/queries/natural-key.ts implements it). The slug lists
 * are the seed data's; test/natural-keys.test.ts fails when a slug is added or removed there.
 */

/** The slugs of every network in the seed data, chapters included. */
export const NETWORK_SLUGS = [
  "r2p-focal-points",
  "group-of-friends-r2p",
  "group-of-friends-r2p-new-york",
  "group-of-friends-r2p-geneva",
  "wps-focal-points",
  "mla-initiative",
];

/** The slugs of every treaty proposal in the seed data. */
export const TREATY_SLUGS = ["ljubljana-the-hague-convention"];

const list = (slugs: string[]) => slugs.map((s) => `\`${s}\``).join(", ");

/** Said after every key description: what an unknown key does. */
const NOTHING = "A key or id that names nothing of that kind matches nothing.";

/** For fields naming a state or an organisation. */
export const ACTOR_KEY =
  "Its global id, or a natural key in any case: a state's ISO 3166-1 alpha-2 or alpha-3 code (`GH`, `gha`) or an organisation's acronym or key (`ECOWAS`, `gcr2p`). " +
  "A code that is also an acronym means the state (`AU` is Australia, `EC` Ecuador); prefix `organisation:` for the organisation (`organisation:AU`, the African Union), or `state:`. " +
  NOTHING;

/** For fields naming a state only. */
export const STATE_KEY = `Its global id or its ISO 3166-1 alpha-2 or alpha-3 code (\`GH\`, \`gha\`; \`XK\`/\`XKX\` for Kosovo), in any case. ${NOTHING}`;

/** For fields naming an organisation only. */
export const ORGANISATION_KEY = `Its global id, acronym or key (\`EU\`, \`gcr2p\`), in any case. ${NOTHING}`;

/** For fields naming a network. */
export const NETWORK_KEY = `Its global id or its slug, in any case: ${list(NETWORK_SLUGS)}. ${NOTHING}`;

/** For fields naming a treaty proposal. */
export const TREATY_KEY = `Its global id or its slug, in any case: ${list(TREATY_SLUGS)}. ${NOTHING}`;
