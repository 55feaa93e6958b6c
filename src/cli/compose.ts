import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config";
import { composeSupergraph } from "../federation/compose-supergraph";
import { createLogger } from "../observability/logger";

/**
 * `npm run compose [-- file]`: composes the hub's subgraph with the partners configured by
 * PARTNER_SUBGRAPHS or SUPERGRAPH_CONFIG and writes the supergraph SDL (default supergraph.graphql).
 * Set HUB_SUBGRAPH_URL to the address routers reach the hub's own subgraph at.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.federation.subgraphs.length === 0) throw new Error("nothing to compose: set PARTNER_SUBGRAPHS=name=url,… or SUPERGRAPH_CONFIG=file.json");
  const file = path.resolve(process.argv[2] ?? "supergraph.graphql");
  // Quiet unless LOG_LEVEL asks: a failure is the one line printed below.
  const sdl = await composeSupergraph(config.federation, createLogger(process.env.LOG_LEVEL ?? "silent"));
  fs.writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${[config.federation.hubName, ...config.federation.subgraphs.map((s) => s.name)].join(", ")})`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
