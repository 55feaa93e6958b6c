import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Loads every importable kind (`src/writes/kinds/*.kind.ts`, each registers itself) for the entry
 * points that do not build the GraphQL schema, whose resolvers import them: the import CLI and the
 * bench. Found by name, so a kind added later needs no edit here. Compiled code only (dist/).
 */
export function loadKindModules(): void {
  const dir = path.join(__dirname, "..", "writes", "kinds");
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith(".kind.js")) require(path.join(dir, file));
  }
}
