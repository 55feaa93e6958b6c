import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { exampleOperation, extractOperation } from "../src/landing/example-operation";
import { graphiqlAssets } from "../src/landing/graphiql-assets";
import { PROJECT_TITLE } from "../src/landing/landing.config";
import { startTestHub, type TestHub } from "./support/test-server";

// Landing pages, the offline explorer's files and the SDL, over real HTTP; one database shared by
// four hubs that differ only in LANDING_PAGE / INTROSPECTION. The browser test renders them.
const html = { accept: "text/html" };
const root = (h: TestHub) => h.url.replace(/\/graphql$/, "");
const committedSdl = () => fs.readFileSync(path.join(__dirname, "../schema/schema.graphql"), "utf8");

let sandbox: TestHub;
let graphiql: TestHub;
let off: TestHub;
let closed: TestHub;
beforeAll(async () => {
  sandbox = await startTestHub();
  const database = sandbox.database;
  graphiql = await startTestHub({ database, migrate: false, seed: false, config: { landingPage: "graphiql" } });
  // `false`: the switch's old boolean, as older callers (and test/http-hygiene.test.ts) pass it.
  off = await startTestHub({ database, migrate: false, seed: false, config: { landingPage: false } });
  closed = await startTestHub({ database, migrate: false, seed: false, config: { introspection: false } });
});
afterAll(async () => {
  for (const h of [closed, off, graphiql]) await h?.close();
  await sandbox?.close();
});

describe("LANDING_PAGE", () => {
  it("accepts sandbox, graphiql, off and the old true/false; sandbox by default; refuses anything else", () => {
    const cases: Record<string, string> = { "": "sandbox", true: "sandbox", yes: "sandbox", false: "off", 0: "off", sandbox: "sandbox", GraphiQL: "graphiql", off: "off" };
    for (const [value, expected] of Object.entries(cases)) expect(loadConfig({ LANDING_PAGE: value }).landingPage, value).toBe(expected);
    expect(loadConfig({}).landingPage).toBe("sandbox");
    expect(loadConfig({ NODE_ENV: "production" }).landingPage).toBe("sandbox");
    expect(() => loadConfig({ LANDING_PAGE: "playground" })).toThrow(/LANDING_PAGE must be one of sandbox, graphiql, off/);
  });
});

describe("the Sandbox page (default)", () => {
  it("names the project, links the SDL and the offline explorer, and opens on the example operation", async () => {
    const res = await fetch(sandbox.url, { headers: html });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain(`<title>${PROJECT_TITLE}</title>`);
    expect(page).toContain(`<strong>${PROJECT_TITLE}</strong>`);
    expect(page).toContain(`<a href="schema.graphql">`);
    expect(page).toContain(`<a href="graphiql">`);
    expect(page).toContain("https://embeddable-sandbox.cdn.apollographql.com/v2/embeddable-sandbox.umd.production.min.js");
    // The Sandbox settings, as the page's script hands them to EmbeddedSandbox.
    const config = JSON.parse(/var config = (\{.*\});/.exec(page)![1]);
    expect(config.initialState.document).toBe(exampleOperation());
    expect(config.initialState.document).toContain("query StateProfile($code: String! = \"GHA\")");
    expect(config).toMatchObject({ target: "#embeddableSandbox", runTelemetry: false, endpointIsEditable: false, initialState: { includeCookies: false } });
    // Offline, the page says where to go instead of "you might be offline".
    expect(page).toContain("open the offline explorer (GraphiQL)");
  });

  it("allows its inline script by a nonce that changes with every page", async () => {
    const nonceOf = (page: string) => /nonce-([A-Za-z0-9+/=]+)/.exec(page)![1];
    const [a, b] = [await (await fetch(sandbox.url, { headers: html })).text(), await (await fetch(sandbox.url, { headers: html })).text()];
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    // Every script element and the style element carry it.
    expect(a.match(/<script /g)!.length).toBe(a.split(`<script nonce="${nonceOf(a)}"`).length - 1);
    expect(a).toContain(`<style nonce="${nonceOf(a)}">`);
  });

  it("opens on an operation that is valid and answered from the seed data", async () => {
    const r = await sandbox.gql(exampleOperation());
    expect(r.errors).toBeUndefined();
    expect(r.data.state.name).toBe("Ghana");
    expect(r.statements).toBe(11); // as test/examples.test.ts pins StateProfile
  });

  it("takes the operation with the fragments it spreads, and only those", () => {
    const source = "fragment A on State { name ...B } fragment B on State { id } fragment C on State { id } query Q { state(code: \"GH\") { ...A } } query R { states { totalCount } }";
    const q = extractOperation(source, "Q")!;
    expect(q).toMatch(/query Q/);
    expect(q).toMatch(/fragment A/);
    expect(q).toMatch(/fragment B/);
    expect(q).not.toMatch(/fragment C|query R/);
    expect(extractOperation(source, "Missing")).toBeUndefined();
  });
});

describe("GET /schema.graphql", () => {
  it("is the committed SDL, as UTF-8 text, revalidated, with the API's CORS", async () => {
    const res = await fetch(`${root(sandbox)}/schema.graphql`, { headers: { origin: "https://partner.example" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    expect(await res.text()).toBe(committedSdl());
  });

  it("is a 404 with INTROSPECTION=false (it gives what introspection gives), and Sandbox stops linking it", async () => {
    const res = await fetch(`${root(closed)}/schema.graphql`);
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
    const page = await (await fetch(closed.url, { headers: html })).text();
    expect(page).not.toContain(`href="schema.graphql"`);
    expect(page).toContain(`<a href="graphiql">`);
  });
});

describe("the offline explorer (GraphiQL)", () => {
  it("is served at /graphiql with a strict Content-Security-Policy and every file from the hub", async () => {
    const res = await fetch(`${root(sandbox)}/graphiql`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'; script-src 'self';.*connect-src 'self'/);
    const page = await res.text();
    expect(page).toContain(PROJECT_TITLE);
    expect(page).toContain(`<a href="graphql">Apollo Sandbox</a>`);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//); // no other origin, no CDN
    const config = JSON.parse(/<script id="graphiql-config" type="application\/json">(.*)<\/script>/.exec(page)![1]);
    expect(config).toEqual({ endpoint: "graphql", defaultQuery: exampleOperation(), introspection: true });
    const assets = [...page.matchAll(/(?:src|href)="(graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(5);
    for (const a of assets) expect((await fetch(`${root(sandbox)}/${a}`)).status, a).toBe(200);
  });

  it("serves its assets with their content types, cached for a year under content-hashed names", async () => {
    const assets = graphiqlAssets();
    const nodeModules = path.join(__dirname, "../node_modules");
    expect(assets.react.body.equals(fs.readFileSync(path.join(nodeModules, "react/umd/react.production.min.js")))).toBe(true);
    for (const [asset, type] of [[assets.react, "text/javascript"], [assets.reactDom, "text/javascript"], [assets.graphiql, "text/javascript"], [assets.boot, "text/javascript"], [assets.css, "text/css"]] as const) {
      const res = await fetch(`${root(sandbox)}/graphiql/assets/${asset.file}`);
      expect(res.headers.get("content-type"), asset.file).toBe(`${type}; charset=utf-8`);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("etag")).toBe(asset.etag);
      expect(Buffer.from(await res.arrayBuffer()).equals(asset.body)).toBe(true);
    }
    expect(assets.graphiql.body.toString()).not.toContain("sourceMappingURL");
    // A revalidation (fetch would add `cache-control: no-cache` to a conditional request, so plain http).
    const again = await new Promise<number>((resolve, reject) =>
      http.get(`${root(sandbox)}/graphiql/assets/${assets.graphiql.file}`, { headers: { "if-none-match": assets.graphiql.etag } }, (res) => resolve(res.resume().statusCode!)).on("error", reject),
    );
    expect(again).toBe(304);
    const zipped = await fetch(`${root(sandbox)}/graphiql/assets/${assets.graphiql.file}`, { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
  });

  it("serves nothing else from its assets folder, and sends /graphiql/ back to /graphiql", async () => {
    for (const name of ["graphiql.min.js", "..%2Fpackage.json", "react.js"]) {
      const res = await fetch(`${root(sandbox)}/graphiql/assets/${name}`);
      expect(res.status, name).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/json/);
    }
    const res = await fetch(`${root(sandbox)}/graphiql/`, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(new URL(res.headers.get("location")!, `${root(sandbox)}/graphiql/`).pathname).toBe("/graphiql");
  });

  it("tells GraphiQL not to introspect when INTROSPECTION=false (queries still run)", async () => {
    const page = await (await fetch(`${root(closed)}/graphiql`)).text();
    expect(page).toContain(`"introspection":false`);
    expect(page).not.toContain(`href="schema.graphql"`);
  });
});

describe("LANDING_PAGE=graphiql and LANDING_PAGE=off", () => {
  it("graphiql: GET /graphql is the offline explorer; /graphiql stays", async () => {
    const page = await (await fetch(graphiql.url, { headers: html })).text();
    expect(page).toContain(`<div id="graphiql">`);
    expect(page).toContain(graphiqlAssets().graphiql.file);
    expect(page).not.toContain("embeddable-sandbox");
    expect(page).not.toContain(`Apollo Sandbox</a>`);
    expect((await fetch(`${root(graphiql)}/graphiql`)).status).toBe(200);
  });

  it("off: no page on /graphql, no explorer, no assets; the SDL stays (introspection is on)", async () => {
    const page = await fetch(off.url, { headers: html });
    expect(page.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
    expect((await fetch(`${root(off)}/graphiql`)).status).toBe(404);
    expect((await fetch(`${root(off)}/graphiql/assets/${graphiqlAssets().react.file}`)).status).toBe(404);
    expect((await fetch(`${root(off)}/schema.graphql`)).status).toBe(200);
  });
});
