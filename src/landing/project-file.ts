import fs from "node:fs";
import path from "node:path";

/**
 * A file of the checkout (schema/schema.graphql, examples/operations.graphql), found from this
 * module whether it runs from src/ (tests) or dist/src/ (npm start): the nearest directory above
 * that holds package.json is the project's root. Undefined when the file is not there.
 */
export function projectFile(relative: string, from = __dirname): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) {
      const file = path.join(dir, relative);
      return fs.existsSync(file) ? file : undefined;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}
