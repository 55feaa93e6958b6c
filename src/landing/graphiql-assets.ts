import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { GRAPHIQL_BOOT_SCRIPT } from "./graphiql-boot.script";

/** One file the GraphiQL page loads, served from the hub's own node_modules (no CDN). */
export interface Asset {
  /** The file name in the URL: `<name>.<content hash>.<ext>`, so a new version is a new address. */
  file: string;
  contentType: string;
  body: Buffer;
  /** Strong ETag from the content hash. */
  etag: string;
}

/** Where the assets are served, relative to the site root (and so to /graphql and /graphiql). */
export const ASSET_PREFIX = "graphiql/assets/";

export interface GraphiqlAssets {
  react: Asset;
  reactDom: Asset;
  graphiql: Asset;
  css: Asset;
  boot: Asset;
  /** Looks an asset up by its file name; only these five are ever served. */
  byFile: Map<string, Asset>;
}

const JS = "text/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

// The packages' `exports` maps do not list their UMD files: resolve package.json, then join.
function packageFile(pkg: string, file: string): Buffer {
  return fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));
}

function asset(name: string, ext: "js" | "css", body: Buffer): Asset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return { file: `${name}.${hash}.${ext}`, contentType: ext === "js" ? JS : CSS, body, etag: `"${hash}"` };
}

let loaded: GraphiqlAssets | undefined;

/**
 * React 18, ReactDOM 18 and GraphiQL 3 as UMD bundles (GraphiQL's bundle carries graphql-js and
 * CodeMirror), GraphiQL's stylesheet (its fonts are inlined as data: URLs) and the page's start-up
 * script. Read once per process (about 1.4 MB) on first use.
 */
export function graphiqlAssets(): GraphiqlAssets {
  if (loaded) return loaded;
  const react = asset("react", "js", packageFile("react", "umd/react.production.min.js"));
  const reactDom = asset("react-dom", "js", packageFile("react-dom", "umd/react-dom.production.min.js"));
  const graphiql = asset("graphiql", "js", stripSourceMap(packageFile("graphiql", "graphiql.min.js")));
  const css = asset("graphiql", "css", packageFile("graphiql", "graphiql.min.css"));
  const boot = asset("graphiql-boot", "js", Buffer.from(GRAPHIQL_BOOT_SCRIPT));
  const all = [react, reactDom, graphiql, css, boot];
  loaded = { react, reactDom, graphiql, css, boot, byFile: new Map(all.map((a) => [a.file, a])) };
  return loaded;
}

/** The bundle names a source map the hub does not serve (4 MB): drop the comment so devtools do not ask. */
function stripSourceMap(body: Buffer): Buffer {
  return Buffer.from(body.toString("utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"));
}
