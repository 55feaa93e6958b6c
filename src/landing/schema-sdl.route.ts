import fs from "node:fs";
import cors from "cors";
import { Router } from "express";
import type { HttpConfig } from "../config";
import { corsOptions } from "../http/cors.options";
import { projectFile } from "./project-file";

/**
 * GET /schema.graphql: the committed SDL (schema/schema.graphql, which a test keeps identical to
 * the code), as UTF-8 text so a browser shows it and `curl`/codegen tools read it. Same CORS as
 * /graphql. Revalidated on every use (`no-cache` with an ETag): a deploy can change it.
 * Undefined (so the path is a 404) when the file is not deployed.
 */
export function schemaSdlRoute(http: HttpConfig, file = projectFile("schema/schema.graphql")): Router | undefined {
  if (!file) return undefined;
  const sdl = fs.readFileSync(file, "utf8");
  const router = Router();
  router.get("/schema.graphql", cors(corsOptions(http)), (_req, res) => {
    res.set({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" });
    res.send(sdl);
  });
  return router;
}
